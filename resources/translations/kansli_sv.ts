<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/participants/detail.py" line="128"/>
        <source>Select a registration to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="136"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="137"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="138"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="139"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="140"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="141"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="142"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="143"/>
        <source>Approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="144"/>
        <source>Manager&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="145"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="146"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="147"/>
        <source>Approved via e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/detail.py" line="159"/>
        <source>Changed here; waits to be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRegistrationDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="230"/>
        <source>Add registration to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="231"/>
        <source>An existing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="232"/>
        <source>A new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="234"/>
        <source>Choose person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="236"/>
        <source>Nobody chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="243"/>
        <location filename="../../desktop/participants/dialogs.py" line="258"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="244"/>
        <location filename="../../desktop/participants/dialogs.py" line="259"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="245"/>
        <location filename="../../desktop/participants/dialogs.py" line="260"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="248"/>
        <source>Choose approving manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="250"/>
        <location filename="../../desktop/participants/dialogs.py" line="295"/>
        <location filename="../../desktop/participants/dialogs.py" line="299"/>
        <source>No approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="267"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="284"/>
        <source>Choose participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="293"/>
        <source>Choose approving manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentOrders</name>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="21"/>
        <location filename="../../desktop/agent_orders/view.py" line="45"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="22"/>
        <source>In the agent&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="23"/>
        <source>Approved by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="24"/>
        <source>Attested by the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="25"/>
        <source>Attested by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="26"/>
        <source>Handed to the service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="27"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="36"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="37"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="38"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="41"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="46"/>
        <source>Ordered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="47"/>
        <source>Case handler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentOrdersView</name>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="96"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="97"/>
        <source>My approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="98"/>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="101"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="102"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="105"/>
        <source>Search orders and customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="122"/>
        <source>The review and attest pages open from here in a later version; they need a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/agent_orders/view.py" line="152"/>
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="154"/>
        <source>No orders wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="156"/>
        <source>No orders match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/agent_orders/view.py" line="174"/>
        <source>Agent orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alumni</name>
    <message>
        <location filename="../../desktop/alumni/view.py" line="21"/>
        <source>Not approved (manual queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="22"/>
        <location filename="../../desktop/alumni/view.py" line="36"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="23"/>
        <source>Approved (registered alumnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="24"/>
        <source>Approved (alumnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="25"/>
        <source>Approved manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="26"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="27"/>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="38"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="39"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="42"/>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="52"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="56"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlumniQueueView</name>
    <message>
        <location filename="../../desktop/alumni/view.py" line="109"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="112"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="113"/>
        <source>Search names, e-mails, programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="116"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="131"/>
        <source>Decisions (approve, deny) come to this list in a later version; double-click a row to open the matched person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/alumni/view.py" line="153"/>
        <source>%n registration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="155"/>
        <source>Nothing waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="157"/>
        <source>No alumni registrations match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/alumni/view.py" line="180"/>
        <source>Alumni queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArgsEditor</name>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="131"/>
        <source>Edit and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="146"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictChooser</name>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="72"/>
        <source>Resolve the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="77"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="77"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="77"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="77"/>
        <source>Theirs (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="96"/>
        <source>Someone changed these fields on the server after you loaded them. Choose per field which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="104"/>
        <source>Apply choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <location filename="../../desktop/courses/view.py" line="29"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="30"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="31"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="32"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="48"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="49"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="50"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="53"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="54"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="55"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="56"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="57"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="58"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="59"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="62"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="65"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <location filename="../../desktop/courses/view.py" line="87"/>
        <source>Search courses and rounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="89"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="90"/>
        <location filename="../../desktop/courses/view.py" line="164"/>
        <source>All terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="92"/>
        <source>Round status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="93"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="98"/>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="100"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="142"/>
        <source>Open round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="145"/>
        <source>Open the selected round&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="181"/>
        <source>No courses match — clear the search or choose another term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="183"/>
        <source>No courses yet — they appear here after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="216"/>
        <source>Rounds of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="218"/>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="220"/>
        <source>No rounds match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/courses/view.py" line="222"/>
        <source>%n course(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/courses/view.py" line="224"/>
        <source>%n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/courses/view.py" line="267"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../desktop/login.py" line="39"/>
        <source>Wrong e-mail address or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="41"/>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="45"/>
        <source>Too many attempts; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="64"/>
        <source>Sign in to Kansli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="66"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="68"/>
        <location filename="../../desktop/login.py" line="83"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="72"/>
        <location filename="../../desktop/login.py" line="84"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="73"/>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="82"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="87"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="89"/>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="91"/>
        <source>Open this computer&apos;s copy of your data; changes are sent when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="142"/>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="164"/>
        <source>Sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="174"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/login.py" line="207"/>
        <source>Opening this computer&apos;s copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="65"/>
        <source>demo</source>
        <extracomment>Names accepted by ``--tab`` (and the order of the fixed tabs). Every fixed tab has shown its first data. The user closed the window (the application quits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="77"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="78"/>
        <location filename="../../desktop/mainwindow.py" line="381"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="79"/>
        <source>Alumni queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="80"/>
        <source>Agent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="99"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="142"/>
        <source>&amp;Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="145"/>
        <source>Save the current list as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="149"/>
        <source>&amp;Print list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="152"/>
        <source>Print the current list (with preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="157"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="162"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="164"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="166"/>
        <location filename="../../desktop/mainwindow.py" line="230"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="171"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="174"/>
        <source>Search the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="177"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="180"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="182"/>
        <source>&amp;Reload the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="188"/>
        <source>&amp;Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="189"/>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="190"/>
        <source>&amp;Alumni queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="191"/>
        <source>A&amp;gent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="201"/>
        <source>Close &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="206"/>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="213"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="216"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="219"/>
        <source>Send local changes and fetch the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="221"/>
        <source>Sync &amp;issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="223"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="224"/>
        <source>&amp;About Kansli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="230"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="255"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="317"/>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="323"/>
        <source>Not connected to a server: sign in to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="327"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="354"/>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="356"/>
        <source>Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/mainwindow.py" line="370"/>
        <source>%n row(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/mainwindow.py" line="386"/>
        <source>%n registration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="397"/>
        <source>Print a long list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/mainwindow.py" line="398"/>
        <source>The list has %n rows. Print them all?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="427"/>
        <source>About Kansli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="429"/>
        <source>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Back office for courses, registrations, alumni and agent orders.&lt;/p&gt;&lt;p&gt;Local database: %2&lt;br&gt;Log file: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="443"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="445"/>
        <source>“%1” failed. No data was lost: what was saved before is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <location filename="../../desktop/participants/export.py" line="77"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/export.py" line="80"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/participants/model.py" line="321"/>
        <source>%n request(s) sent</source>
        <extracomment>Tables whose changes can change what this list shows. The id list was (re)loaded: counts and selection may have changed. A batch of rows arrived (first row, last row). While True (a view being set up), sort and set_query only record the query.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/participants/model.py" line="327"/>
        <source>A local change waits to be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/model.py" line="335"/>
        <source>Given on the sign-up form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="32"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="33"/>
        <location filename="../../desktop/participants/query.py" line="179"/>
        <source>Not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="34"/>
        <source>Approval not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="35"/>
        <location filename="../../desktop/participants/query.py" line="340"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="36"/>
        <location filename="../../desktop/participants/query.py" line="110"/>
        <location filename="../../desktop/participants/query.py" line="341"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="37"/>
        <location filename="../../desktop/participants/query.py" line="342"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="74"/>
        <source>Participant</source>
        <extracomment>SQL of the sort key, and the joins it needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="80"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="86"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="91"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="98"/>
        <source>Approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="105"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="115"/>
        <source>Approved via e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="118"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="177"/>
        <source>All registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="183"/>
        <source>Requested more than 7 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="187"/>
        <source>Approved this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="339"/>
        <source>Not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/query.py" line="349"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../desktop/participants/view.py" line="111"/>
        <source>Saved filter</source>
        <extracomment>The number shown changed: (shown, total).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="112"/>
        <source>Custom filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="115"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="119"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="120"/>
        <location filename="../../desktop/participants/view.py" line="353"/>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="123"/>
        <source>Search names and e-mails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="125"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="128"/>
        <source>Save current filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="130"/>
        <source>Delete this saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="211"/>
        <source>Open participant&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="214"/>
        <source>Open the profile of the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="217"/>
        <source>Open approving manager&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="222"/>
        <source>Send request to approving manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="225"/>
        <source>E-mail the approving managers of the selected registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="228"/>
        <source>Set approving manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="233"/>
        <source>Remove approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="236"/>
        <source>Administrators only: take back an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="239"/>
        <source>Cancel registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="244"/>
        <source>Copy e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="401"/>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="401"/>
        <source>Name of the filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="432"/>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="438"/>
        <source>No registrations on this round yet — add one with “Add registration”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="440"/>
        <source>No registrations yet — add one from a course round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="443"/>
        <source>No registrations match — clear the search or choose another filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="476"/>
        <source>Set approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="478"/>
        <source>No approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="516"/>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/participants/view.py" line="517"/>
        <source>Cancel %n registration(s)? The participants lose their places.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="522"/>
        <source>Cancel registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="523"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="538"/>
        <source>Some registrations were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/view.py" line="559"/>
        <source>Filtered list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleOps</name>
    <message>
        <location filename="../../desktop/operations/people.py" line="64"/>
        <location filename="../../desktop/operations/people.py" line="245"/>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="109"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="111"/>
        <source>Approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="232"/>
        <source>edit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="239"/>
        <source>Saving the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="269"/>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="280"/>
        <source>Adding an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="291"/>
        <source>Removing an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="306"/>
        <source>Adding a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/people.py" line="319"/>
        <source>Undoing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/people/picker.py" line="22"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/picker.py" line="23"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/picker.py" line="24"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/picker.py" line="48"/>
        <source>Search by name or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/picker.py" line="55"/>
        <location filename="../../desktop/people/picker.py" line="106"/>
        <source>Type a name or an e-mail address to find a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/picker.py" line="61"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/picker.py" line="104"/>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonProfile</name>
    <message>
        <location filename="../../desktop/people/profile.py" line="179"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="190"/>
        <source>Changed here; waits to be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="210"/>
        <location filename="../../desktop/people/profile.py" line="213"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="215"/>
        <location filename="../../desktop/people/profile.py" line="219"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="220"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="223"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="256"/>
        <source>name@example.se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="257"/>
        <source>New e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="259"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="260"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="261"/>
        <source>Main address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="262"/>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="264"/>
        <source>Remove e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="286"/>
        <source>New phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="289"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="294"/>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="297"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="327"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="328"/>
        <source>E-mails and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="329"/>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="330"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="331"/>
        <source>Consents and alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="373"/>
        <source>No categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="385"/>
        <source>No registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="387"/>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="389"/>
        <source>Consent “%1” (terms %2) given %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="397"/>
        <source>Alumni registration: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="403"/>
        <source>No consents or alumni registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="414"/>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="475"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="477"/>
        <source>Saved here; it is sent to the server when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="494"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="494"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="556"/>
        <source>Remove e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="557"/>
        <source>Remove %1 from this person?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/printing/output.py" line="63"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/output.py" line="66"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/output.py" line="68"/>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="71"/>
        <location filename="../../desktop/printing/sheet.py" line="102"/>
        <source>Name</source>
        <extracomment>Share of the width left after fixed columns; 0 with ``mm`` for a fixed width.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="72"/>
        <location filename="../../desktop/printing/sheet.py" line="103"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="75"/>
        <location filename="../../desktop/printing/sheet.py" line="106"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="77"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="83"/>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="107"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="112"/>
        <source>Participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="182"/>
        <source>Could not start printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="295"/>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/printing/sheet.py" line="298"/>
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="306"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing/sheet.py" line="342"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../desktop/people/profile.py" line="60"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="61"/>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="62"/>
        <source>Registration approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="63"/>
        <source>Approval removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="64"/>
        <source>Alumni decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="65"/>
        <source>E-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="66"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="67"/>
        <source>Profiles merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="70"/>
        <source>Not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="71"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="72"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="82"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="87"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="88"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="89"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="93"/>
        <source>Approved via e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="96"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="99"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="103"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="104"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="105"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="114"/>
        <source>Must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="121"/>
        <source>Write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="123"/>
        <source>Two letters, such as SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="127"/>
        <source>Letters and digits only, such as 123 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="162"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="163"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="164"/>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="165"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="166"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="167"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="168"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="169"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="170"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="246"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="247"/>
        <location filename="../../desktop/people/profile.py" line="277"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="248"/>
        <location filename="../../desktop/people/profile.py" line="278"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/people/profile.py" line="276"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationOps</name>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="101"/>
        <source>the registration is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="103"/>
        <source>already approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="107"/>
        <source>no approving manager with an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="166"/>
        <source>Sending approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="191"/>
        <source>Setting the approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="207"/>
        <source>Removing approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="217"/>
        <source>Cancelling registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/operations/registrations.py" line="275"/>
        <source>Adding a registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveApprovalDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="180"/>
        <location filename="../../desktop/participants/dialogs.py" line="199"/>
        <source>Remove approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/participants/dialogs.py" line="183"/>
        <source>Removing an approval lets the approving manager approve again. The removal and its reason are recorded. %n registration(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="191"/>
        <location filename="../../desktop/participants/dialogs.py" line="203"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="192"/>
        <source>Why is the approval removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="215"/>
        <source>Give a reason of a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestApproval</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="38"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="39"/>
        <source>Approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="40"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="41"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="47"/>
        <source>Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="52"/>
        <source>You are offline: the requests are saved now and the e-mails are sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestApprovalDialog</name>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="68"/>
        <source>Send request to approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="69"/>
        <source>Checking the selected registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="76"/>
        <source>Optional message, shown in the e-mail above the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="78"/>
        <source>Message to the approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="89"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="98"/>
        <source>Message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="113"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/participants/dialogs.py" line="115"/>
        <source>Reminder (%n sent before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="117"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/participants/dialogs.py" line="133"/>
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/participants/dialogs.py" line="135"/>
        <source>%n reminder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="136"/>
        <source> will be sent; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/participants/dialogs.py" line="137"/>
        <source>%n registration(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="157"/>
        <source>Not sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/participants/dialogs.py" line="162"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="43"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="44"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="45"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="46"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="47"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="48"/>
        <source>Approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="49"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="50"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="51"/>
        <source>Check box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="60"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="64"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="65"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="66"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="69"/>
        <source>E-mail confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="117"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="118"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="119"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="120"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="121"/>
        <source>Approval not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="127"/>
        <source>Add registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="129"/>
        <source>Send approval requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="131"/>
        <source>Ask the approving managers of all registrations not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="134"/>
        <source>Print participant list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="136"/>
        <source>Print attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="138"/>
        <source>Attendance sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="176"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="177"/>
        <source>Sign-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="227"/>
        <source>This round has no sign-up form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="229"/>
        <source>No sign-up form. Registrations are added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="232"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="232"/>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="318"/>
        <source>Save attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/courses/round_page.py" line="320"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="42"/>
        <location filename="../../desktop/settings_dialog.py" line="68"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="43"/>
        <source>Used at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="47"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="49"/>
        <source>Sync interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="51"/>
        <location filename="../../desktop/settings_dialog.py" line="71"/>
        <location filename="../../desktop/settings_dialog.py" line="73"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="59"/>
        <source>Blank rows on attendance sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="61"/>
        <source>The organisation&apos;s name from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="62"/>
        <source>Organisation name in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="63"/>
        <source>Print the e-mail column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="66"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="70"/>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="74"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="76"/>
        <source>Blank rows for walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/settings_dialog.py" line="77"/>
        <source>Organisation in the header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="42"/>
        <source>Create person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="43"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="44"/>
        <source>Add e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="45"/>
        <source>Remove e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="46"/>
        <source>Add phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="47"/>
        <source>Set category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="48"/>
        <source>Add registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="49"/>
        <source>Set approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="50"/>
        <source>Send request to approving manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="53"/>
        <source>Remove approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="54"/>
        <source>Cancel registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="55"/>
        <source>Alumni decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="179"/>
        <source>Sync issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="183"/>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="185"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="186"/>
        <source>Let this change go; the server&apos;s values stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="187"/>
        <source>Edit and retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="230"/>
        <source>Nothing needs your attention. Changes you make here are sent to the server when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync_ui/issues.py" line="235"/>
        <source>The server refused %n change(s). Each is kept until you discard it or retry it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="299"/>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/issues.py" line="300"/>
        <source>Discard “%1”? The server&apos;s values stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="32"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="34"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="38"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="41"/>
        <source>Syncing… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="45"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="47"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="50"/>
        <source>work continues here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="53"/>
        <source>Sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="57"/>
        <source>retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="60"/>
        <source>Local database only (not connected to a server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync_ui/status.py" line="67"/>
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sync_ui/status.py" line="69"/>
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="88"/>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="90"/>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sync_ui/status.py" line="134"/>
        <source>Click to see the sync issues and what waits to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
