<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
  <context>
    <name>Account</name>
    <message>
      <location filename="../../desktop/people/account.py" line="38" />
      <source>Booking</source>
      <extracomment>Who sees people's accounts (the server asks the same). A transaction's kind in words (a kind this copy does not know is shown as it is).</extracomment>
      <translation>Booking</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="39" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="40" />
      <source>Cancellation</source>
      <translation>Cancellation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="41" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="42" />
      <source>Correction</source>
      <translation>Correction</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="56" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="57" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="58" />
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="59" />
      <source>Owed</source>
      <translation>Owed</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="60" />
      <source>Credit</source>
      <translation>Credit</translation>
    </message>
  </context>
  <context>
    <name>AccountMappingDialog</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="128" />
      <source>New account mapping</source>
      <translation>New account mapping</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="129" />
      <source>Edit account mapping</source>
      <translation>Edit account mapping</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="135" />
      <source>Purpose:</source>
      <translation>Purpose:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="140" />
      <source>Account:</source>
      <translation>Account:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="141" />
      <source>Cost centre:</source>
      <translation>Cost centre:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="142" />
      <source>Project:</source>
      <translation>Project:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="144" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="149" />
      <source>VAT code:</source>
      <translation>VAT code:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="149" />
      <source>The VAT return's box, e.g. 05; empty: none</source>
      <translation>The VAT return's box, e.g. 05; empty: none</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="155" />
      <source>The SIE export books each line on the most specific mapping of its purpose (the round's, else its category's, else all courses'), with its cost centre and project. A purpose without one is booked on BAS's account (grey).</source>
      <translation>The SIE export books each line on the most specific mapping of its purpose (the round's, else its category's, else all courses'), with its cost centre and project. A purpose without one is booked on BAS's account (grey).</translation>
    </message>
  </context>
  <context>
    <name>AccountTab</name>
    <message>
      <location filename="../../desktop/people/account.py" line="78" />
      <source>Not asked yet.</source>
      <extracomment>The last answer shown (tests wait on it), None before one came.</extracomment>
      <translation>Not asked yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="86" />
      <source>No transactions.</source>
      <translation>No transactions.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="88" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="88" />
      <source>Ask the server again</source>
      <translation>Ask the server again</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="100" />
      <location filename="../../desktop/people/account.py" line="137" />
      <source>The account is kept on the server: connect to see it.</source>
      <translation>The account is kept on the server: connect to see it.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="102" />
      <source>Asking the server…</source>
      <translation>Asking the server…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="126" />
      <source>Owes %1 · Credit balance %2</source>
      <translation>Owes %1 · Credit balance %2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="131" />
      <source>To be paid back %1</source>
      <translation>To be paid back %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/account.py" line="144" />
      <source>The account could not be read: %1</source>
      <translation>The account could not be read: %1</translation>
    </message>
  </context>
  <context>
    <name>AccountingObjectDialog</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="277" />
      <source>New cost centre or project</source>
      <translation>New cost centre or project</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="278" />
      <source>Edit cost centre or project</source>
      <translation>Edit cost centre or project</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="284" />
      <source>Kind:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="287" />
      <source>Code:</source>
      <translation>Code:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="287" />
      <source>As in the accounting program, e.g. 10 or K1</source>
      <translation>As in the accounting program, e.g. 10 or K1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="289" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="294" />
      <source>The account mappings name cost centres and projects by their code; the SIE file gives each its name. The code stays once made.</source>
      <translation>The account mappings name cost centres and projects by their code; the SIE file gives each its name. The code stays once made.</translation>
    </message>
  </context>
  <context>
    <name>AccountingObjectsWindow</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="308" />
      <source>Cost centres and projects</source>
      <translation>Cost centres and projects</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="309" />
      <source>No cost centres or projects. New… adds one the account mappings may name.</source>
      <translation>No cost centres or projects. New… adds one the account mappings may name.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="313" />
      <source>SIE dimension 1 (cost centres) and 6 (projects). One a mapping names cannot be archived.</source>
      <translation>SIE dimension 1 (cost centres) and 6 (projects). One a mapping names cannot be archived.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="317" />
      <source>Mappings can no longer choose it; the SIE files made keep it</source>
      <translation>Mappings can no longer choose it; the SIE files made keep it</translation>
    </message>
  </context>
  <context>
    <name>AccountingOptionsDialog</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="346" />
      <source>Bookings</source>
      <extracomment>Each kind of voucher as the form names it (models.accounting.DEFAULT_SERIES's kinds).</extracomment>
      <translation>Bookings</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="347" />
      <source>Payments</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="348" />
      <source>Cancellations and credits</source>
      <translation>Cancellations and credits</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="349" />
      <source>Refunds</source>
      <translation>Refunds</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="350" />
      <source>Card fees</source>
      <translation>Card fees</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="351" />
      <source>Reminders and interest</source>
      <translation>Reminders and interest</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="352" />
      <source>Corrections</source>
      <translation>Corrections</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="353" />
      <source>Accruals</source>
      <translation>Accruals</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="385" />
      <source>Fiscal year and voucher series</source>
      <translation>Fiscal year and voucher series</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="389" />
      <source>Book course fees over the months of their round</source>
      <translation>Book course fees over the months of their round</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="399" />
      <source>Series of %1</source>
      <translation>Series of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="400" />
      <source>Name of %1's series</source>
      <translation>Name of %1's series</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="406" />
      <source>Fiscal year starts in:</source>
      <translation>Fiscal year starts in:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="407" />
      <source>Accrual:</source>
      <translation>Accrual:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="408" />
      <source>Voucher series:</source>
      <translation>Voucher series:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="412" />
      <source>The SIE export's fiscal year starts on the first of this month. With accrual, a booking's course fee for a round of several months is booked on prepaid course fees and moved to revenue month by month (its own voucher series). Each kind of event has its series: a letter and its name.</source>
      <translation>The SIE export's fiscal year starts on the first of this month. With accrual, a booking's course fee for a round of several months is booked on prepaid course fees and moved to revenue month by month (its own voucher series). Each kind of event has its series: a letter and its name.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="454" />
      <source>change of the accounting settings</source>
      <translation>change of the accounting settings</translation>
    </message>
  </context>
  <context>
    <name>AccountingSettingsWindow</name>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="195" />
      <source>Accounting settings</source>
      <translation>Accounting settings</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="196" />
      <source>No accounts mapped: the SIE export books everything on BAS's accounts. New… maps a purpose to your own account.</source>
      <translation>No accounts mapped: the SIE export books everything on BAS's accounts. New… maps a purpose to your own account.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="201" />
      <source>Each purpose may have an account for all courses, a category or a round; the most specific counts. Exports already made keep theirs.</source>
      <translation>Each purpose may have an account for all courses, a category or a round; the most specific counts. Exports already made keep theirs.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="206" />
      <source>The wider mapping, or BAS's account, applies again</source>
      <translation>The wider mapping, or BAS's account, applies again</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="231" />
      <source>Cost centres and projects…</source>
      <translation>Cost centres and projects…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="235" />
      <source>Fiscal year and series…</source>
      <translation>Fiscal year and series…</translation>
    </message>
  </context>
  <context>
    <name>ActivitySubject</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="463" />
      <source>Approval requested: {name}</source>
      <extracomment>The subjects of the activities the server and the commands record (``Activity.subject``: models/commands, server/services), shown on a person's timeline.</extracomment>
      <translation>Approval requested: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="464" />
      <source>Reminder sent: {name}</source>
      <translation>Reminder sent: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="465" />
      <source>Approved: {name}</source>
      <translation>Approved: {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="466" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="467" />
      <source>Approval removed</source>
      <translation>Approval removed</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="468" />
      <source>Registration approved</source>
      <translation>Registration approved</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="469" />
      <source>Alumni registration {status} (automatic check)</source>
      <translation>Alumni registration {status} (automatic check)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="470" />
      <source>Alumni registration {status}</source>
      <translation>Alumni registration {status}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="471" />
      <source>Alumni decision reversed: back in the manual queue</source>
      <translation>Alumni decision reversed: back in the manual queue</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="472" />
      <source>New contact details confirmed by the alumnus</source>
      <translation>New contact details confirmed by the alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="473" />
      <source>Alumni membership terminated by the alumnus</source>
      <translation>Alumni membership terminated by the alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="474" />
      <source>Details updated by the returning alumnus</source>
      <translation>Details updated by the returning alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="475" />
      <source>Proposed details applied</source>
      <translation>Proposed details applied</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="476" />
      <source>Proposed details discarded</source>
      <translation>Proposed details discarded</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="477" />
      <source>{name} merged into this profile</source>
      <translation>{name} merged into this profile</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="478" />
      <source>Sign-up declined after review</source>
      <translation>Sign-up declined after review</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="479" />
      <source>Internal note</source>
      <translation>Internal note</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="480" />
      <source>Internal note withdrawn</source>
      <translation>Internal note withdrawn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="481" />
      <source>Consent withdrawn: {round}</source>
      <translation>Consent withdrawn: {round}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="482" />
      <source>Consent withdrawn</source>
      <translation>Consent withdrawn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="487" />
      <source>received</source>
      <extracomment>The alumni states as the subjects write them (``models.alumni.STATUS_LABELS`` and the status codes with spaces).</extracomment>
      <translation>received</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="488" />
      <source>approved (registered alumnus)</source>
      <translation>approved (registered alumnus)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="489" />
      <source>approved registered alumnus</source>
      <translation>approved registered alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="490" />
      <source>approved (alumnus)</source>
      <translation>approved (alumnus)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="491" />
      <source>approved alumnus</source>
      <translation>approved alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="492" />
      <source>not approved</source>
      <translation>not approved</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="493" />
      <source>approved manually</source>
      <translation>approved manually</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="494" />
      <source>denied</source>
      <translation>denied</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="495" />
      <source>unregistered</source>
      <translation>unregistered</translation>
    </message>
  </context>
  <context>
    <name>AddNoteDialog</name>
    <message>
      <location filename="../../desktop/participants/notes.py" line="33" />
      <source>Add internal note</source>
      <translation>Add internal note</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="36" />
      <source>A note on the registration of %1, for the staff only: the approving manager and the participant never see it. It cannot be edited afterwards; a correction is a new note.</source>
      <translation>A note on the registration of %1, for the staff only: the approving manager and the participant never see it. It cannot be edited afterwards; a correction is a new note.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="43" />
      <source>E.g. Approval received by phone from the manager</source>
      <translation>E.g. Approval received by phone from the manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="44" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="47" />
      <source>Add note</source>
      <translation>Add note</translation>
    </message>
  </context>
  <context>
    <name>AddRegistrationDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="378" />
      <source>Add registration to %1</source>
      <translation>Add registration to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="379" />
      <source>An existing person</source>
      <translation>An existing person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="380" />
      <source>A new person</source>
      <translation>A new person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="382" />
      <source>Choose person…</source>
      <translation>Choose person…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="383" />
      <source>Nobody chosen</source>
      <translation>Nobody chosen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="390" />
      <location filename="../../desktop/participants/dialogs.py" line="404" />
      <source>First name</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="391" />
      <location filename="../../desktop/participants/dialogs.py" line="405" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="392" />
      <location filename="../../desktop/participants/dialogs.py" line="406" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="395" />
      <source>Choose approving manager…</source>
      <translation>Choose approving manager…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="396" />
      <location filename="../../desktop/participants/dialogs.py" line="441" />
      <source>No approving manager</source>
      <translation>No approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="410" />
      <source>No partner</source>
      <translation>No partner</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="410" />
      <source>Choose partner</source>
      <translation>Choose partner</translation>
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
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="428" />
      <source>Choose participant</source>
      <translation>Choose participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="436" />
      <source>Choose approving manager</source>
      <translation>Choose approving manager</translation>
    </message>
  </context>
  <context>
    <name>AgentDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="72" />
      <source>New agent</source>
      <translation>New agent</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="73" />
      <source>Edit agent</source>
      <translation>Edit agent</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="287" />
      <source>Name:</source>
      <translation>Name:</translation>
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
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="100" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="101" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="102" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="104" />
      <source>Ordered by</source>
      <translation>Ordered by</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="107" />
      <source>Ordered</source>
      <translation>Ordered</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="111" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="113" />
      <source>Case handler</source>
      <translation>Case handler</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="114" />
      <source>Agent's attestant</source>
      <translation>Agent's attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="116" />
      <source>Customer's attestant</source>
      <translation>Customer's attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="124" />
      <source>Billing</source>
      <translation>Billing</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="128" />
      <source>Attest reference</source>
      <translation>Attest reference</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="135" />
      <source>Reason for rejection</source>
      <translation>Reason for rejection</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="142" />
      <source>Declined by the attestant</source>
      <translation>Declined by the attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="148" />
      <source>Service desk case</source>
      <translation>Service desk case</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/details.py" line="155" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="73" />
      <source>Reload</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="74" />
      <source>Load the server's page again</source>
      <translation>Load the server's page again</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="75" />
      <source>Open in browser</source>
      <translation>Open in browser</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="76" />
      <source>Open this page in your web browser, signed in</source>
      <translation>Open this page in your web browser, signed in</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="87" />
      <source>Needs a connection to the server</source>
      <translation>Needs a connection to the server</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="120" />
      <source>Order not found</source>
      <translation>Order not found</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="122" />
      <source>This order is not in the local database; sync and retry.</source>
      <translation>This order is not in the local database; sync and retry.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="125" />
      <source>Order %1</source>
      <translation>Order %1</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="142" />
      <source>ordered %1 by %2</source>
      <translation>ordered %1 by %2</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="147" />
      <source>agent %1</source>
      <translation>agent %1</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="154" />
      <source>Order %1 as saved on this computer</source>
      <translation>Order %1 as saved on this computer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/order_page.py" line="157" />
      <source>The server may know more; the list shows the state of the last sync.</source>
      <translation>The server may know more; the list shows the state of the last sync.</translation>
    </message>
  </context>
  <context>
    <name>AgentOrderSettingsDialog</name>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="47" />
      <source>Agent-order settings</source>
      <extracomment>The settings' fields as the command takes them.</extracomment>
      <translation>Agent-order settings</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="49" />
      <source>Case handlers sign approvals and rejections with BankID</source>
      <translation>Case handlers sign approvals and rejections with BankID</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="54" />
      <source>Case handler's decision:</source>
      <translation>Case handler's decision:</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="60" />
      <source>With this on, Approve and Reject on the review page start a BankID signature of what the case handler decides (the order, the attestant or the reason). The decision takes effect only when the case handler has signed with their own BankID: register their personnummer under Administration › Users.</source>
      <translation>With this on, Approve and Reject on the review page start a BankID signature of what the case handler decides (the order, the attestant or the reason). The decision takes effect only when the case handler has signed with their own BankID: register their personnummer under Administration › Users.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/settings.py" line="80" />
      <source>change of the agent-order settings</source>
      <translation>change of the agent-order settings</translation>
    </message>
  </context>
  <context>
    <name>AgentOrders</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="35" />
      <location filename="../../desktop/agent_orders/view.py" line="61" />
      <source>Ordered</source>
      <translation>Ordered</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="36" />
      <source>In the agent's review</source>
      <translation>In the agent's review</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="37" />
      <source>Approved by the agent</source>
      <translation>Approved by the agent</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="38" />
      <source>Attested by the agent</source>
      <translation>Attested by the agent</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="39" />
      <source>Attested by the customer</source>
      <translation>Attested by the customer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="40" />
      <source>Handed to the service desk</source>
      <translation>Handed to the service desk</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="41" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="43" />
      <source>In review: declined by the attestant</source>
      <translation>In review: declined by the attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="51" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="52" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="53" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="56" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="62" />
      <source>Ordered by</source>
      <translation>Ordered by</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="63" />
      <source>Case handler</source>
      <translation>Case handler</translation>
    </message>
  </context>
  <context>
    <name>AgentOrdersView</name>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="179" />
      <source>View</source>
      <extracomment>The user opened an order (its id): the main window shows its page. When I last opened each order (from the server; empty without one).</extracomment>
      <translation>View</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="182" />
      <source>Action required</source>
      <translation>Action required</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="183" />
      <source>Updated cases</source>
      <translation>Updated cases</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="184" />
      <source>All orders</source>
      <translation>All orders</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="187" />
      <source>Action required: orders waiting for you. Updated cases: orders you have opened that someone else has taken a step on since.</source>
      <translation>Action required: orders waiting for you. Updated cases: orders you have opened that someone else has taken a step on since.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="195" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="195" />
      <source>Any state</source>
      <translation>Any state</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="197" />
      <source>Search orders and customers…</source>
      <translation>Search orders and customers…</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="201" />
      <source>&amp;Invite customer to order…</source>
      <translation>&amp;Invite customer to order…</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="203" />
      <source>Mail someone at a customer organisation a link to order a connection</source>
      <translation>Mail someone at a customer organisation a link to order a connection</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="221" />
      <source>Double-click an order (or press Enter) to open its review or attest page. The pages come from the server and need a connection.</source>
      <translation>Double-click an order (or press Enter) to open its review or attest page. The pages come from the server and need a connection.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="228" />
      <source>Open order</source>
      <translation>Open order</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="230" />
      <source>Open the order's page of the step it waits for</source>
      <translation>Open the order's page of the step it waits for</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="339" />
      <source>Action required (%1)</source>
      <extracomment>What the last invitation did.</extracomment>
      <translation>Action required (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="343" />
      <source>Updated cases (%1)</source>
      <translation>Updated cases (%1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/agent_orders/view.py" line="345" />
      <source>%n order(s)</source>
      <translation>
        <numerusform>%Ln order</numerusform>
        <numerusform>%Ln orders</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="348" />
      <source>No orders wait for you.</source>
      <translation>No orders wait for you.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="351" />
      <source>No order you have opened has changed since you last looked at it.</source>
      <translation>No order you have opened has changed since you last looked at it.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="354" />
      <source>Which orders changed since you opened them is known once the server has been reached.</source>
      <translation>Which orders changed since you opened them is known once the server has been reached.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="360" />
      <source>No orders yet — invite a customer to order with “Invite customer to order…”.</source>
      <translation>No orders yet — invite a customer to order with “Invite customer to order…”.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="363" />
      <source>No orders match.</source>
      <translation>No orders match.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/view.py" line="210" />
      <source>Agent orders</source>
      <translation>Agent orders</translation>
    </message>
  </context>
  <context>
    <name>AgentRolesDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="347" />
      <location filename="../../desktop/admin/dialogs.py" line="353" />
      <source>E-mail</source>
      <extracomment>(e-mail, agent id or None, roles)</extracomment>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="350" />
      <location filename="../../desktop/admin/dialogs.py" line="373" />
      <source>Agent organisation</source>
      <translation>Agent organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="352" />
      <source>Add user to %1</source>
      <translation>Add user to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="355" />
      <source>An address without an account here is mailed an invitation to choose a password; the roles are theirs when they first sign in.</source>
      <translation>An address without an account here is mailed an invitation to choose a password; the roles are theirs when they first sign in.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="358" />
      <source>Grant roles</source>
      <translation>Grant roles</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="362" />
      <source>Agent roles of %1</source>
      <translation>Agent roles of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="366" />
      <source>A change applies from the user's next sync or page.</source>
      <translation>A change applies from the user's next sync or page.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="367" />
      <source>Save roles</source>
      <translation>Save roles</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="369" />
      <source>No agent organisation</source>
      <translation>No agent organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="374" />
      <source>A user acts for one agent organisation at most.</source>
      <translation>A user acts for one agent organisation at most.</translation>
    </message>
  </context>
  <context>
    <name>AgentUsersWindow</name>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="44" />
      <location filename="../../desktop/admin/agent_users.py" line="109" />
      <source>Agent users</source>
      <translation>Agent users</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="53" />
      <source>Agent organisation</source>
      <extracomment>(id, name) of the agent organisations to choose from; None until read.</extracomment>
      <translation>Agent organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="56" />
      <source>&amp;Agent organisation:</source>
      <translation>&amp;Agent organisation:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="60" />
      <source>&amp;Add user…</source>
      <translation>&amp;Add user…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="63" />
      <source>Give someone roles in the agent organisation (an invitation if need be)</source>
      <translation>Give someone roles in the agent organisation (an invitation if need be)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="66" />
      <source>Edit &amp;roles…</source>
      <translation>Edit &amp;roles…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="69" />
      <source>Change the selected user's roles in the agent organisation</source>
      <translation>Change the selected user's roles in the agent organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="73" />
      <source>Agent user actions</source>
      <translation>Agent user actions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="75" />
      <source>Filter by name, e-mail or role…</source>
      <translation>Filter by name, e-mail or role…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="107" />
      <source>Users of the agent %1</source>
      <translation>Users of the agent %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="125" />
      <source>There is no agent organisation to manage here. Agent organisations are created under Organisations; an agent's administrator sees their own.</source>
      <translation>There is no agent organisation to manage here. Agent organisations are created under Organisations; an agent's administrator sees their own.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="140" />
      <source>Nobody has a role in this agent organisation yet — add someone.</source>
      <translation>Nobody has a role in this agent organisation yet — add someone.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="201" />
      <source>An invitation to %2 was sent to %1.</source>
      <translation>An invitation to %2 was sent to %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="203" />
      <source>The roles of %1 in %2 were changed.</source>
      <translation>The roles of %1 in %2 were changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="205" />
      <source>%1 no longer has a role in %2.</source>
      <translation>%1 no longer has a role in %2.</translation>
    </message>
  </context>
  <context>
    <name>Alumni</name>
    <message>
      <location filename="../../desktop/alumni/query.py" line="36" />
      <source>Not approved (manual queue)</source>
      <extracomment>The queue's own filters; the other keys are alumni statuses, "" is every registration.</extracomment>
      <translation>Not approved (manual queue)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="37" />
      <location filename="../../desktop/alumni/query.py" line="94" />
      <source>Received</source>
      <extracomment>A decision's argument naming its item. Items whose decision of this user the server refused (open refusals: conflicts). Items with a decision of this user waiting in the outbox. SQL of the sort key ({dir} is ASC or DESC).</extracomment>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="38" />
      <source>Approved (registered alumnus)</source>
      <translation>Approved (registered alumnus)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="39" />
      <source>Approved (alumnus)</source>
      <translation>Approved (alumnus)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="40" />
      <source>Approved manually</source>
      <translation>Approved manually</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="41" />
      <source>Denied</source>
      <translation>Denied</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="42" />
      <source>Unregistered</source>
      <translation>Unregistered</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="46" />
      <source>Not approved</source>
      <extracomment>In the list's cells the queue needs no explanation.</extracomment>
      <translation>Not approved</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="49" />
      <source>Manual queue (not approved)</source>
      <translation>Manual queue (not approved)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="50" />
      <source>Conflicts: decided first by someone else</source>
      <translation>Conflicts: decided first by someone else</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="51" />
      <source>Decided here, not yet synced</source>
      <translation>Decided here, not yet synced</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="53" />
      <source>Not approved only</source>
      <translation>Not approved only</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="54" />
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="58" />
      <source>approve</source>
      <translation>approve</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="59" />
      <source>deny</source>
      <translation>deny</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="97" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="107" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="109" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="113" />
      <source>Graduated</source>
      <translation>Graduated</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="100" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="103" />
      <source>Decided by</source>
      <translation>Decided by</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="228" />
      <source>%1 decided first: %2, at %3. Your decision (%4) was not applied.</source>
      <extracomment>What this user decided ("approve" or "deny"). What the other decided, who, and when (the server's truth).</extracomment>
      <translation>%1 decided first: %2, at %3. Your decision (%4) was not applied.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="232" />
      <source>Someone</source>
      <translation>Someone</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="323" />
      <source>Conflict: %1</source>
      <extracomment>A local change to this row waits in the outbox. This user's decision waiting in the outbox ("approve" / "deny"), if any.</extracomment>
      <translation>Conflict: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="328" />
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/query.py" line="106" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/model.py" line="58" />
      <source>Decided here; waits to be sent to the server (U takes it back).</source>
      <extracomment>Tables whose changes can change what this list shows. A warm background for conflicts; the ⚠ and the word say it too (never colour alone). The first batch comes with the ids: the queue's first item is shown at once.</extracomment>
      <translation>Decided here; waits to be sent to the server (U takes it back).</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/model.py" line="105" />
      <source>Decided at</source>
      <translation>Decided at</translation>
    </message>
  </context>
  <context>
    <name>AlumniDetail</name>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="40" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="41" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="42" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="43" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="44" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="45" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="46" />
      <source>Graduated</source>
      <translation>Graduated</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="47" />
      <source>Degree</source>
      <translation>Degree</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="48" />
      <source>Credits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="51" />
      <source>matched on e-mail</source>
      <translation>matched on e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="52" />
      <source>matched on personnummer</source>
      <translation>matched on personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="53" />
      <source>no match: created from the registration</source>
      <translation>no match: created from the registration</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="58" />
      <source>The name differs: “%1” in the registration, “%2” on the profile</source>
      <extracomment>Why a match on one identifier was not confirmed (the server's codes): %1 is what the registration says, %2 what the profile has.</extracomment>
      <translation>The name differs: “%1” in the registration, “%2” on the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="61" />
      <source>The birth date differs: %1 in the registration, %2 on the profile</source>
      <translation>The birth date differs: %1 in the registration, %2 on the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="64" />
      <source>The e-mail address %1 is not on the profile (proposed)</source>
      <translation>The e-mail address %1 is not on the profile (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="67" />
      <source>The phone %1 is not on the profile (proposed)</source>
      <translation>The phone %1 is not on the profile (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="70" />
      <source>The personnummer %1 is not on the profile (proposed)</source>
      <translation>The personnummer %1 is not on the profile (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="74" />
      <source>Match not confirmed:</source>
      <translation>Match not confirmed:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="75" />
      <source>The registration proposes:</source>
      <translation>The registration proposes:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="77" />
      <source>The alumnus updates their details:</source>
      <extracomment>A returning registered alumnus's changed details (approved; issue 20).</extracomment>
      <translation>The alumnus updates their details:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="79" />
      <source>Name: “%2” on the profile, “%1” now (proposed)</source>
      <translation>Name: “%2” on the profile, “%1” now (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="82" />
      <source>Phone %1 (proposed)</source>
      <translation>Phone %1 (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="83" />
      <source>Personnummer %1 (proposed)</source>
      <translation>Personnummer %1 (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="87" />
      <source>Address: “%2” on the profile, “%1” now (proposed)</source>
      <extracomment>A postal address from the form (issue 20): contact data, so only proposed for an existing person. %1 is the registration's address, %2 the profile's.</extracomment>
      <translation>Address: “%2” on the profile, “%1” now (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="90" />
      <source>The address %1 is not on the profile (proposed)</source>
      <translation>The address %1 is not on the profile (proposed)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="92" />
      <source>Apply writes the proposed name, phone, personnummer or address on the profile; discard drops them.</source>
      <translation>Apply writes the proposed name, phone, personnummer or address on the profile; discard drops them.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="97" />
      <source>The proposed details were applied.</source>
      <translation>The proposed details were applied.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="98" />
      <source>The proposed details were discarded.</source>
      <translation>The proposed details were discarded.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="101" />
      <source>Approving adds the proposed details to the profile; denying drops them.</source>
      <translation>Approving adds the proposed details to the profile; denying drops them.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="104" />
      <source>The proposed details were added to the profile.</source>
      <translation>The proposed details were added to the profile.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="105" />
      <source>The proposed details were dropped.</source>
      <translation>The proposed details were dropped.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="562" />
      <source>Differs from what the alumnus entered</source>
      <translation>Differs from what the alumnus entered</translation>
    </message>
  </context>
  <context>
    <name>AlumniDetailPane</name>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="193" />
      <source>Select a registration to see it here.</source>
      <extracomment>Marks a value that differs from what the alumnus entered (with the colour, never instead). "Reverse decision…": an officer's decision that reached the server, taken back. The user accepts the other officer's decision: (rejected command id). Merge asked for: (matched person id, name, candidate person id, name). The detail of the current registration is shown (tests wait for it).</extracomment>
      <translation>Select a registration to see it here.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="200" />
      <source>Someone decided first</source>
      <translation>Someone decided first</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="206" />
      <source>Keep their decision</source>
      <translation>Keep their decision</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="208" />
      <source>The conflict is marked as seen; their decision stands.</source>
      <translation>The conflict is marked as seen; their decision stands.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="220" />
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="241" />
      <source>Entered by the alumnus</source>
      <translation>Entered by the alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="243" />
      <location filename="../../desktop/alumni/detail.py" line="476" />
      <source>Student records</source>
      <translation>Student records</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="267" />
      <source>differs from what the alumnus entered</source>
      <translation>differs from what the alumnus entered</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="271" />
      <source>Approve (A)</source>
      <translation>Approve (A)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="272" />
      <source>Deny… (D)</source>
      <translation>Deny… (D)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="273" />
      <source>Undo (U)</source>
      <translation>Undo (U)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="274" />
      <source>Reverse decision…</source>
      <translation>Reverse decision…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="277" />
      <source>Take back this officer's decision: the item goes back to the manual queue</source>
      <translation>Take back this officer's decision: the item goes back to the manual queue</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="288" />
      <source>Apply new details</source>
      <translation>Apply new details</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="290" />
      <source>Write the proposed name, phone, personnummer or address on the profile</source>
      <translation>Write the proposed name, phone, personnummer or address on the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="294" />
      <source>Discard new details</source>
      <translation>Discard new details</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="296" />
      <source>Keep the profile as it is</source>
      <translation>Keep the profile as it is</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="306" />
      <location filename="../../desktop/alumni/detail.py" line="313" />
      <source>Possible duplicates</source>
      <translation>Possible duplicates</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="316" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="316" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="316" />
      <source>Agrees on</source>
      <translation>Agrees on</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="322" />
      <source>Merge…</source>
      <translation>Merge…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="324" />
      <source>Merge the chosen person and the matched person into one</source>
      <translation>Merge the chosen person and the matched person into one</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="435" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="442" />
      <source>Their reason: %1</source>
      <translation>Their reason: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="450" />
      <source>You decided “%1” here; it waits to be sent to the server. U takes it back.</source>
      <translation>You decided “%1” here; it waits to be sent to the server. U takes it back.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="453" />
      <source>No reason recorded</source>
      <translation>No reason recorded</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="471" />
      <source>Matched person</source>
      <translation>Matched person</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="473" />
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="487" />
      <source>score %1</source>
      <translation>score %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="489" />
      <source>categories: %1</source>
      <translation>categories: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="585" />
      <source>Looking for duplicates needs a connection to the server.</source>
      <translation>Looking for duplicates needs a connection to the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="586" />
      <source>Found by the automatic check:</source>
      <translation>Found by the automatic check:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="590" />
      <source>Looking for possible duplicates…</source>
      <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="595" />
      <source>No other person looks like this alumnus.</source>
      <translation>No other person looks like this alumnus.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/detail.py" line="643" />
      <source>Could not look for duplicates: %1</source>
      <translation>Could not look for duplicates: %1</translation>
    </message>
  </context>
  <context>
    <name>AlumniOps</name>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="97" />
      <source>Approving</source>
      <translation>Approving</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="99" />
      <source>Denying</source>
      <translation>Denying</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="116" />
      <source>Applying the new details</source>
      <translation>Applying the new details</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="118" />
      <source>Discarding the new details</source>
      <translation>Discarding the new details</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="163" />
      <source>Reversing the decision</source>
      <translation>Reversing the decision</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="233" />
      <source>Saving the rule</source>
      <translation>Saving the rule</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="259" />
      <source>This needs a connection to the server.</source>
      <translation>This needs a connection to the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="267" />
      <source>Looking for possible duplicates</source>
      <translation>Looking for possible duplicates</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="276" />
      <source>Merging persons</source>
      <translation>Merging persons</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="295" />
      <source>e-mail addresses</source>
      <extracomment>Readable names of the tables that refer to a person.</extracomment>
      <translation>e-mail addresses</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="296" />
      <source>phone numbers</source>
      <translation>phone numbers</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="297" />
      <source>categories</source>
      <translation>categories</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="298" />
      <source>course registrations</source>
      <translation>course registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="299" />
      <source>alumni registrations</source>
      <translation>alumni registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="300" />
      <source>activities</source>
      <translation>activities</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="301" />
      <source>consents</source>
      <translation>consents</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/operations.py" line="302" />
      <source>student records</source>
      <translation>student records</translation>
    </message>
  </context>
  <context>
    <name>AlumniQueueView</name>
    <message>
      <location filename="../../desktop/alumni/view.py" line="93" />
      <source>Show</source>
      <extracomment>A decision was queued: (registration id, command id). A message for the user (also shown in the view's feedback line). A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`).</extracomment>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="98" />
      <source>Search names, e-mails, programmes…</source>
      <translation>Search names, e-mails, programmes…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="99" />
      <source>Rules…</source>
      <translation>Rules…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="100" />
      <source>The institution's rules for automatic approval</source>
      <translation>The institution's rules for automatic approval</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="104" />
      <source>Show:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="133" />
      <source>A approve · D deny · J/K or ↓/↑ next/previous · U undo · Enter opens the person</source>
      <translation>A approve · D deny · J/K or ↓/↑ next/previous · U undo · Enter opens the person</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="172" />
      <source>Approve</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="175" />
      <source>Approve the selected item</source>
      <translation>Approve the selected item</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="178" />
      <source>Deny…</source>
      <translation>Deny…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="178" />
      <source>Deny the selected item</source>
      <translation>Deny the selected item</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="180" />
      <source>Next item</source>
      <translation>Next item</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="181" />
      <source>Previous item</source>
      <translation>Previous item</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="184" />
      <location filename="../../desktop/alumni/view.py" line="198" />
      <source>Undo the last decision</source>
      <translation>Undo the last decision</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="187" />
      <source>Take back the last decision not yet sent to the server</source>
      <translation>Take back the last decision not yet sent to the server</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="190" />
      <source>Open the matched person</source>
      <translation>Open the matched person</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="196" />
      <source>Undo %1</source>
      <translation>Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="265" />
      <source>No alumni registrations yet — they arrive from the registration form.</source>
      <translation>No alumni registrations yet — they arrive from the registration form.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="270" />
      <source>No alumni registrations match — clear the search or choose another filter.</source>
      <translation>No alumni registrations match — clear the search or choose another filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="300" />
      <source>Your roles do not allow decisions on alumni registrations.</source>
      <translation>Your roles do not allow decisions on alumni registrations.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="305" />
      <source>The item is still loading; press the key again.</source>
      <translation>The item is still loading; press the key again.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="311" />
      <source>Already decided: %1.</source>
      <translation>Already decided: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="343" />
      <source>decision for %1</source>
      <translation>decision for %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="395" />
      <source>Nothing to undo: no decision of yours waits to be sent.</source>
      <translation>Nothing to undo: no decision of yours waits to be sent.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="402" />
      <source>Decision taken back; the item waits for a decision again.</source>
      <translation>Decision taken back; the item waits for a decision again.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="404" />
      <source>Reversal taken back; the decision stands.</source>
      <translation>Reversal taken back; the decision stands.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="416" />
      <source>Undone: %1</source>
      <translation>Undone: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="460" />
      <source>Persons merged; fetching the result from the server…</source>
      <translation>Persons merged; fetching the result from the server…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="467" />
      <source>The merge was not made</source>
      <translation>The merge was not made</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="500" />
      <source>Exporting</source>
      <translation>Exporting</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="520" />
      <source>Printing</source>
      <translation>Printing</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="267" />
      <source>Nothing waits for a decision.</source>
      <translation>Nothing waits for a decision.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/view.py" line="494" />
      <location filename="../../desktop/alumni/view.py" line="512" />
      <source>Alumni queue</source>
      <translation>Alumni queue</translation>
    </message>
  </context>
  <context>
    <name>AlumniReason</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="379" />
      <source>No student record found</source>
      <extracomment>The reasons of the automatic alumni check (``models.alumni_rules.evaluate_rule``), one per rule, joined with "; " in ``decision_reason``.</extracomment>
      <translation>No student record found</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="380" />
      <source>degree awarded: {degree}</source>
      <translation>degree awarded: {degree}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="381" />
      <source>No degree found in student records</source>
      <translation>No degree found in student records</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="382" />
      <source>credits {have} ≥ {need}</source>
      <translation>credits {have} ≥ {need}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="383" />
      <source>credits {have} &lt; {need}</source>
      <translation>credits {have} &lt; {need}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="384" />
      <source>No program found in student records</source>
      <translation>No program found in student records</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="385" />
      <source>program {program} is in the list</source>
      <translation>program {program} is in the list</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="386" />
      <source>program {program} not in {programs}</source>
      <translation>program {program} not in {programs}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="387" />
      <source>No graduation year found in student records</source>
      <translation>No graduation year found in student records</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="388" />
      <source>graduated {year}, after {after}</source>
      <translation>graduated {year}, after {after}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="389" />
      <source>graduated {year}, not after {after}</source>
      <translation>graduated {year}, not after {after}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="391" />
      <source>{name} (matched on {on}) is already a registered alumnus</source>
      <translation>{name} (matched on {on}) is already a registered alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="392" />
      <source>{name} (matched on {on}) is an alumnus</source>
      <translation>{name} (matched on {on}) is an alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="393" />
      <source>now a registered alumnus</source>
      <translation>now a registered alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="394" />
      <source>updates their details</source>
      <translation>updates their details</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="395" />
      <source>{name} (matched on {on}) is neither an alumnus nor a registered alumnus</source>
      <translation>{name} (matched on {on}) is neither an alumnus nor a registered alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="398" />
      <source>No existing person matched</source>
      <translation>No existing person matched</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="399" />
      <source>created, but possibly a duplicate of {name} (the student record's personnummer is theirs)</source>
      <translation>created, but possibly a duplicate of {name} (the student record's personnummer is theirs)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="403" />
      <source>{count} persons have this personnummer: {names}</source>
      <translation>{count} persons have this personnummer: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="404" />
      <source>{count} persons have this e-mail address: {names}</source>
      <translation>{count} persons have this e-mail address: {names}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="405" />
      <source>The e-mail address belongs to {email_names} but the personnummer to {names}</source>
      <translation>The e-mail address belongs to {email_names} but the personnummer to {names}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="409" />
      <source>{name} has this e-mail address but a different personnummer</source>
      <translation>{name} has this e-mail address but a different personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="412" />
      <source>{fields} differs from the profile</source>
      <translation>{fields} differs from the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="413" />
      <source>{fields} differ from the profile</source>
      <translation>{fields} differ from the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="414" />
      <source>{fields} is not on the profile</source>
      <translation>{fields} is not on the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="415" />
      <source>{fields} are not on the profile</source>
      <translation>{fields} are not on the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="419" />
      <source>student records: {rest}</source>
      <extracomment>A decision's part that leads another (``{rest}``, itself a reason part, translated too).</extracomment>
      <translation>student records: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="420" />
      <source>created as the rules hold: {rest}</source>
      <translation>created as the rules hold: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="421" />
      <source>created. Rules not met: {rest}</source>
      <translation>created. Rules not met: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="422" />
      <source>Match not certain: {rest}</source>
      <translation>Match not certain: {rest}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="427" />
      <source>e-mail</source>
      <extracomment>The values of the check's reasons that are words of their own: what a match was on and the profile's fields a registration disagrees with (``mismatch_reason``).</extracomment>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="428" />
      <source>personnummer</source>
      <translation>personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="429" />
      <source>the name</source>
      <translation>the name</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="430" />
      <source>the birth date</source>
      <translation>the birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="431" />
      <source>the e-mail address</source>
      <translation>the e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="432" />
      <source>the phone</source>
      <translation>the phone</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="433" />
      <source>the personnummer</source>
      <translation>the personnummer</translation>
    </message>
  </context>
  <context>
    <name>AlumniRules</name>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="48" />
      <location filename="../../desktop/alumni/rules.py" line="64" />
      <source>A degree has been awarded</source>
      <translation>A degree has been awarded</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="49" />
      <source>Credits at least</source>
      <translation>Credits at least</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="50" />
      <source>Programme in a list</source>
      <translation>Programme in a list</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="51" />
      <source>Graduated after a year</source>
      <translation>Graduated after a year</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="66" />
      <source>At least %1 credits</source>
      <translation>At least %1 credits</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="70" />
      <source>Programme is one of: %1</source>
      <translation>Programme is one of: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="74" />
      <source>Graduated after %1</source>
      <translation>Graduated after %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="83" />
      <source>inactive</source>
      <translation>inactive</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="85" />
      <source>pending</source>
      <translation>pending</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="168" />
      <source>Not recorded</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="171" />
      <source>Present: scanned at %1</source>
      <translation>Present: scanned at %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="173" />
      <source>Present: personnummer typed at %1</source>
      <translation>Present: personnummer typed at %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="178" />
      <source>Present: let in by %1 at %2: %3</source>
      <translation>Present: let in by %1 at %2: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="184" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="186" />
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="190" />
      <source>%1: marked by hand by %2</source>
      <translation>%1: marked by hand by %2</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="194" />
      <source>%1: marked by hand</source>
      <translation>%1: marked by hand</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="223" />
      <source>attendance of %1</source>
      <translation>attendance of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="237" />
      <source>Saving the attendance of %1</source>
      <translation>Saving the attendance of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="293" />
      <location filename="../../desktop/presence/attendance.py" line="329" />
      <source>Total</source>
      <extracomment>An empty grid, also what a wrapper whose attributes the garbage collector cleared (freeing a cycle of a closed window) answers if Qt asks it once more while the window's C++ side is being deleted (seen in the suite as AttributeError: 'grid').</extracomment>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="297" />
      <source>The round's total: %1</source>
      <translation>The round's total: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="321" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="325" />
      <source>%1 present</source>
      <translation>%1 present</translation>
    </message>
  </context>
  <context>
    <name>AttendanceWindow</name>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="358" />
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="363" />
      <source>Space or a click marks a participant present or absent by hand; Edit › Undo (Ctrl+Z) takes it back. Hover a cell to see how it was recorded.</source>
      <translation>Space or a click marks a participant present or absent by hand; Edit › Undo (Ctrl+Z) takes it back. Hover a cell to see how it was recorded.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="382" />
      <source>Print sheet for session…</source>
      <translation>Print sheet for session…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="384" />
      <source>The attendance sheet of the session of the current column</source>
      <translation>The attendance sheet of the session of the current column</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="406" />
      <source>Attendance – %1</source>
      <translation>Attendance – %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="408" />
      <source>%1 participants, %2 sessions, %3 present in all</source>
      <translation>%1 participants, %2 sessions, %3 present in all</translation>
    </message>
  </context>
  <context>
    <name>AuditLog</name>
    <message>
      <location filename="../../desktop/admin/audit.py" line="49" />
      <source>Personnummer synced to a desktop</source>
      <extracomment>The most events the window lists (the newest; the count says how many match). Kind code -&gt; English words (context "AuditLog"). A synced command's kind is its command's title (desktop.sync_ui.describe); any other kind not here is shown by the words of its parts, never as a code.</extracomment>
      <translation>Personnummer synced to a desktop</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="50" />
      <source>Register extract made</source>
      <translation>Register extract made</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="51" />
      <source>Person's account read</source>
      <translation>Person's account read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="52" />
      <source>Duplicate persons merged</source>
      <translation>Duplicate persons merged</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="53" />
      <source>Signature evidence read</source>
      <translation>Signature evidence read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="54" />
      <source>Fields edited</source>
      <translation>Fields edited</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="55" />
      <source>User account created</source>
      <translation>User account created</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="56" />
      <source>User invited</source>
      <translation>User invited</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="57" />
      <source>User invitation sent</source>
      <translation>User invitation sent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="58" />
      <source>User given access</source>
      <translation>User given access</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="59" />
      <source>User's roles changed</source>
      <translation>User's roles changed</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="60" />
      <source>User activated</source>
      <translation>User activated</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="61" />
      <source>User deactivated</source>
      <translation>User deactivated</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="62" />
      <source>User renamed</source>
      <translation>User renamed</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="63" />
      <source>User's phone number changed</source>
      <translation>User's phone number changed</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="64" />
      <source>User's personnummer changed</source>
      <translation>User's personnummer changed</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="65" />
      <source>User's password reset</source>
      <translation>User's password reset</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="66" />
      <source>Password reset asked for</source>
      <translation>Password reset asked for</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="67" />
      <source>Password set</source>
      <translation>Password set</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="68" />
      <source>User's session ended</source>
      <translation>User's session ended</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="69" />
      <source>User's sessions ended</source>
      <translation>User's sessions ended</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="70" />
      <source>Agent role granted</source>
      <translation>Agent role granted</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="71" />
      <source>Agent role taken away</source>
      <translation>Agent role taken away</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="72" />
      <source>SIE file exported</source>
      <translation>SIE file exported</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="73" />
      <source>Credit balances read</source>
      <translation>Credit balances read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="74" />
      <source>BgMax file imported</source>
      <translation>BgMax file imported</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="75" />
      <source>Unmatched payments read</source>
      <translation>Unmatched payments read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="76" />
      <source>Payment matched by hand</source>
      <translation>Payment matched by hand</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="77" />
      <source>Collection list read</source>
      <translation>Collection list read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="78" />
      <source>Reminders read</source>
      <translation>Reminders read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="79" />
      <source>Refunds read</source>
      <translation>Refunds read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="80" />
      <source>Refund marked paid</source>
      <translation>Refund marked paid</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="81" />
      <source>Card refund asked for</source>
      <translation>Card refund asked for</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="82" />
      <source>Credit paid out</source>
      <translation>Credit paid out</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="83" />
      <source>Economics report read</source>
      <translation>Economics report read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="84" />
      <source>Evaluation report read</source>
      <translation>Evaluation report read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="85" />
      <source>Report downloaded</source>
      <translation>Report downloaded</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="86" />
      <source>Overdue payments of a round read</source>
      <translation>Overdue payments of a round read</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="87" />
      <source>Participant list sent</source>
      <translation>Participant list sent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="88" />
      <source>Customer invited to order</source>
      <translation>Customer invited to order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="95" />
      <source>Anything done to a person</source>
      <extracomment>The kind filter's choices: a kind, or a group of kinds (a prefix ending in ".").</extracomment>
      <translation>Anything done to a person</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="96" />
      <source>Anything done to a user account</source>
      <translation>Anything done to a user account</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="99" />
      <source>Payments</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="100" />
      <source>Refunds</source>
      <translation>Refunds</translation>
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
      <translation>The organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="108" />
      <source>User account</source>
      <translation>User account</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="111" />
      <source>Kansli (the system)</source>
      <translation>Kansli (the system)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="116" />
      <source>Payment settings</source>
      <extracomment>What more an event is about (its entity kinds beyond the three above).</extracomment>
      <translation>Payment settings</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="117" />
      <source>Accounting settings</source>
      <translation>Accounting settings</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="118" />
      <source>Agent-order settings</source>
      <translation>Agent-order settings</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="119" />
      <source>Cancellation terms</source>
      <translation>Cancellation terms</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="120" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="121" />
      <source>Registration</source>
      <translation>Registration</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="122" />
      <source>Invoice</source>
      <translation>Invoice</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="123" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="124" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="125" />
      <source>Payment file</source>
      <translation>Payment file</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="126" />
      <source>Course round</source>
      <translation>Course round</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="127" />
      <source>Alumni registration</source>
      <translation>Alumni registration</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="128" />
      <source>Student record</source>
      <translation>Student record</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="134" />
      <source>Roles</source>
      <extracomment>The details' keys in words (a key not here: the sync issues' field title).</extracomment>
      <translation>Roles</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="135" />
      <source>Role</source>
      <translation>Role</translation>
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
      <translation>Sessions ended</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="139" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="140" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="141" />
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="142" />
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="143" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="179" />
      <source>Rows: %1</source>
      <translation>Rows: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="195" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="196" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="197" />
      <location filename="../../desktop/admin/audit.py" line="294" />
      <source>What</source>
      <extracomment>The selected event's person's profile is asked for.</extracomment>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="198" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="200" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="252" />
      <source>Loading the audit log</source>
      <translation>Loading the audit log</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="275" />
      <source>The audit log is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.</source>
      <translation>The audit log is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="280" />
      <source>Offline: the audit log is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Offline: the audit log is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</translation>
    </message>
  </context>
  <context>
    <name>AuditLogWindow</name>
    <message>
      <location filename="../../desktop/admin/audit.py" line="272" />
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="297" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="297" />
      <source>Part of an e-mail address</source>
      <translation>Part of an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="299" />
      <source>Anyone</source>
      <translation>Anyone</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="299" />
      <source>Audit log of a person</source>
      <translation>Audit log of a person</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="301" />
      <source>From date</source>
      <translation>From date</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="302" />
      <source>To date</source>
      <translation>To date</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="304" />
      <source>&amp;What:</source>
      <translation>&amp;What:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="305" />
      <source>W&amp;ho:</source>
      <translation>W&amp;ho:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="306" />
      <source>Perso&amp;n:</source>
      <translation>Perso&amp;n:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="307" />
      <source>F&amp;rom:</source>
      <translation>F&amp;rom:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="308" />
      <source>T&amp;o:</source>
      <translation>T&amp;o:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="314" />
      <source>Open &amp;profile</source>
      <translation>Open &amp;profile</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="317" />
      <source>The profile of the person the selected event is about</source>
      <translation>The profile of the person the selected event is about</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="320" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="323" />
      <source>Write the events shown to an Excel or CSV file</source>
      <translation>Write the events shown to an Excel or CSV file</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="328" />
      <source>Audit log actions</source>
      <translation>Audit log actions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="330" />
      <source>Find words among the events listed…</source>
      <translation>Find words among the events listed…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="368" />
      <source>No event matches the filters chosen above.</source>
      <translation>No event matches the filters chosen above.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="372" />
      <source>No event matches the filter.</source>
      <translation>No event matches the filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="375" />
      <source>The newest %1 of %2 are listed: choose a kind, person or days.</source>
      <translation>The newest %1 of %2 are listed: choose a kind, person or days.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/audit.py" line="400" />
      <source>Export the audit log</source>
      <translation>Export the audit log</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/audit.py" line="403" />
      <source>%n event(s) exported to %1</source>
      <translation>
        <numerusform>%Ln event exported to %1</numerusform>
        <numerusform>%Ln events exported to %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BindingDialog</name>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="112" />
      <source>New notification binding</source>
      <translation>New notification binding</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="113" />
      <source>Edit notification binding</source>
      <translation>Edit notification binding</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="120" />
      <location filename="../../desktop/admin/bindings.py" line="125" />
      <source>Event:</source>
      <translation>Event:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="128" />
      <source>Template:</source>
      <translation>Template:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="134" />
      <source>Which one</source>
      <translation>Which one</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="140" />
      <source>Applies to:</source>
      <translation>Applies to:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="141" />
      <source>Recipients:</source>
      <translation>Recipients:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="142" />
      <source>Channels:</source>
      <translation>Channels:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="145" />
      <source>The most specific binding of an event holds: a round's before its course's, a course's before the whole organisation's.</source>
      <translation>The most specific binding of an event holds: a round's before its course's, a course's before the whole organisation's.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="217" />
      <source>Choose at least one recipient</source>
      <translation>Choose at least one recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="219" />
      <source>Choose e-mail, SMS or both</source>
      <translation>Choose e-mail, SMS or both</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="223" />
      <source>Choose what the binding is for</source>
      <translation>Choose what the binding is for</translation>
    </message>
  </context>
  <context>
    <name>Bindings</name>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="35" />
      <source>The whole organisation</source>
      <translation>The whole organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="36" />
      <source>Person category</source>
      <translation>Person category</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="37" />
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="38" />
      <source>Course round</source>
      <translation>Course round</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="39" />
      <source>Agent</source>
      <translation>Agent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="40" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="41" />
      <source>Contract</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="44" />
      <source>The participant</source>
      <translation>The participant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="45" />
      <source>The approving manager</source>
      <translation>The approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="46" />
      <source>Contacts in the role Notification recipient</source>
      <translation>Contacts in the role Notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="49" />
      <source>Static recipients</source>
      <translation>Static recipients</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="50" />
      <source>Everyone the event is about (as without a binding)</source>
      <translation>Everyone the event is about (as without a binding)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="55" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="56" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="58" />
      <source>Kansli's shipped text</source>
      <translation>Kansli's shipped text</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="98" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="99" />
      <source>Template</source>
      <translation>Template</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="100" />
      <source>Applies to</source>
      <translation>Applies to</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="101" />
      <source>Recipients</source>
      <translation>Recipients</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/bindings.py" line="102" />
      <source>Channels</source>
      <translation>Channels</translation>
    </message>
  </context>
  <context>
    <name>BindingsWindow</name>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="222" />
      <source>Notification bindings</source>
      <translation>Notification bindings</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="223" />
      <source>No bindings yet: New… says which template an event sends, to whom and how.</source>
      <translation>No bindings yet: New… says which template an event sends, to whom and how.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="227" />
      <source>An event with no binding sends Kansli's shipped text to the recipients it always had.</source>
      <translation>An event with no binding sends Kansli's shipped text to the recipients it always had.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="231" />
      <source>The binding sends nothing more</source>
      <translation>The binding sends nothing more</translation>
    </message>
  </context>
  <context>
    <name>Booking</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="37" />
      <source>Always</source>
      <extracomment>The VAT rates a Swedish club charges (basis points), as offered.</extracomment>
      <translation>Always</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="38" />
      <source>Registered on another course the same term</source>
      <translation>Registered on another course the same term</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="41" />
      <source>Early booking</source>
      <translation>Early booking</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="42" />
      <source>Student</source>
      <translation>Student</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="43" />
      <source>Family member registered</source>
      <translation>Family member registered</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="46" />
      <source>Adds to the other discounts</source>
      <translation>Adds to the other discounts</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="47" />
      <source>Only the largest such discount counts</source>
      <translation>Only the largest such discount counts</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="50" />
      <source>All courses</source>
      <translation>All courses</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="51" />
      <source>A course category</source>
      <translation>A course category</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="52" />
      <source>One course round</source>
      <translation>One course round</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="94" />
      <source>Category %1</source>
      <translation>Category %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="128" />
      <source>VAT:</source>
      <translation>VAT:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="131" />
      <source>Account:</source>
      <translation>Account:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="330" />
      <location filename="../../desktop/admin/booking_windows.py" line="185" />
      <location filename="../../desktop/admin/booking_windows.py" line="364" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="186" />
      <source>Fee</source>
      <translation>Fee</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="187" />
      <location filename="../../desktop/admin/booking_windows.py" line="511" />
      <source>VAT</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="64" />
      <source>Course fees</source>
      <translation>Course fees</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="65" />
      <source>Membership fees</source>
      <translation>Membership fees</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="66" />
      <source>Discounts</source>
      <translation>Discounts</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="67" />
      <source>Administrative fees</source>
      <translation>Administrative fees</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="68" />
      <source>Reminder fees</source>
      <translation>Reminder fees</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="69" />
      <source>Late interest</source>
      <translation>Late interest</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="70" />
      <source>Credit balances (liability)</source>
      <translation>Credit balances (liability)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="71" />
      <source>Receivables</source>
      <translation>Receivables</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="72" />
      <source>Bank (Bankgiro)</source>
      <translation>Bank (Bankgiro)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="73" />
      <source>Card payments</source>
      <translation>Card payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="74" />
      <source>Card fees</source>
      <translation>Card fees</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="75" />
      <source>Unidentified payments</source>
      <translation>Unidentified payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="76" />
      <source>Output VAT</source>
      <translation>Output VAT</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="77" />
      <source>Prepaid course fees (accrual)</source>
      <translation>Prepaid course fees (accrual)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="78" />
      <source>Refunds due (liability)</source>
      <translation>Refunds due (liability)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="217" />
      <source>Purpose</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="219" />
      <location filename="../../desktop/admin/booking_windows.py" line="188" />
      <location filename="../../desktop/admin/booking_windows.py" line="512" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="220" />
      <location filename="../../desktop/accounting/settings.py" line="262" />
      <source>Cost centre</source>
      <translation>Cost centre</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="221" />
      <location filename="../../desktop/accounting/settings.py" line="263" />
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="222" />
      <source>VAT code</source>
      <translation>VAT code</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="328" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="329" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="213" />
      <source>The category's name</source>
      <translation>The category's name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="208" />
      <source>For:</source>
      <translation>For:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="212" />
      <source>Category:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/settings.py" line="218" />
      <location filename="../../desktop/admin/booking_windows.py" line="365" />
      <location filename="../../desktop/admin/booking_windows.py" line="509" />
      <source>For</source>
      <extracomment>The levels a rule is set for, widest first: the order of the lists of scoped rules.</extracomment>
      <translation>For</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="366" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="367" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="368" />
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="369" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="510" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="513" />
      <source>Membership fee</source>
      <translation>Membership fee</translation>
    </message>
  </context>
  <context>
    <name>Bounces</name>
    <message>
      <location filename="../../desktop/people/bounces.py" line="42" />
      <source>Mail to %1 bounced on %2; the receiving server answered: %3</source>
      <translation>Mail to %1 bounced on %2; the receiving server answered: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/people/bounces.py" line="34" />
      <source>%1 (bounced)</source>
      <translation>%1 (bounced)</translation>
    </message>
  </context>
  <context>
    <name>CancellationTermsDialog</name>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="84" />
      <source>Cancellation terms of %1</source>
      <extracomment>The fields of the terms as the command takes them.</extracomment>
      <translation>Cancellation terms of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="90" />
      <source>YYYY-MM-DD (empty: no such period)</source>
      <extracomment>The terms as loaded (None until they are).</extracomment>
      <translation>YYYY-MM-DD (empty: no such period)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="93" />
      <source>Credit balance for later bookings</source>
      <translation>Credit balance for later bookings</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="94" />
      <source>Money paid back</source>
      <translation>Money paid back</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="95" />
      <source>A cancellation gets money back (else nothing)</source>
      <translation>A cancellation gets money back (else nothing)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="98" />
      <source>Everything back until:</source>
      <translation>Everything back until:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="99" />
      <source>Back less the fee until:</source>
      <translation>Back less the fee until:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="100" />
      <source>Administrative fee (kr):</source>
      <translation>Administrative fee (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="101" />
      <source>Returned as:</source>
      <translation>Returned as:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="105" />
      <source>Shown to participants when they sign up. A booking keeps the terms it was made under: a change holds for new sign-ups.</source>
      <translation>Shown to participants when they sign up. A booking keeps the terms it was made under: a change holds for new sign-ups.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="96" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="96" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/cancellation_terms.py" line="153" />
      <source>change of the cancellation terms of %1</source>
      <translation>change of the cancellation terms of %1</translation>
    </message>
  </context>
  <context>
    <name>CardEventsWindow</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="550" />
      <source>Card payment events</source>
      <translation>Card payment events</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="556" />
      <source>&amp;Needs attention only</source>
      <translation>&amp;Needs attention only</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="559" />
      <source>Only the events whose money could not be booked: an unknown charge, or one paid before</source>
      <translation>Only the events whose money could not be booked: an unknown charge, or one paid before</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="565" />
      <source>Card payment event actions</source>
      <translation>Card payment event actions</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="567" />
      <source>Filter by reference, provider or what happened…</source>
      <translation>Filter by reference, provider or what happened…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="590" />
      <source>No card payment events yet.</source>
      <translation>No card payment events yet.</translation>
    </message>
  </context>
  <context>
    <name>CaseWindow</name>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="301" />
      <source>Service-desk case</source>
      <extracomment>The case was shown (after each load).</extracomment>
      <translation>Service-desk case</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="312" />
      <source>Open &amp;order</source>
      <translation>Open &amp;order</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="312" />
      <source>The agent order's page</source>
      <translation>The agent order's page</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="314" />
      <source>Assign to &amp;me</source>
      <translation>Assign to &amp;me</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="315" />
      <source>&amp;Unassign</source>
      <translation>&amp;Unassign</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="319" />
      <source>Assign to</source>
      <translation>Assign to</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="321" />
      <source>(the list of users needs a connection)</source>
      <translation>(the list of users needs a connection)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="322" />
      <source>Assi&amp;gn</source>
      <translation>Assi&amp;gn</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="324" />
      <source>New status</source>
      <translation>New status</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="326" />
      <source>&amp;Set status</source>
      <translation>&amp;Set status</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="329" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="332" />
      <source>Assigned to:</source>
      <translation>Assigned to:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="336" />
      <source>Give to:</source>
      <translation>Give to:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="337" />
      <source>Order:</source>
      <translation>Order:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="338" />
      <source>Opened:</source>
      <translation>Opened:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="340" />
      <location filename="../../desktop/service_desk/cases.py" line="342" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="344" />
      <source>&amp;New note:</source>
      <translation>&amp;New note:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="346" />
      <source>New note</source>
      <translation>New note</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="347" />
      <source>What was done or agreed (Ctrl+Return saves it)</source>
      <translation>What was done or agreed (Ctrl+Return saves it)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="350" />
      <source>&amp;Add note</source>
      <translation>&amp;Add note</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="355" />
      <source>Ctrl+N writes a new note; notes are kept as written (a correction is a new note). Changes made offline are sent with the next sync.</source>
      <translation>Ctrl+N writes a new note; notes are kept as written (a correction is a new note). Changes made offline are sent with the next sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="361" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="412" />
      <source>The case is given to %1.</source>
      <translation>The case is given to %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="426" />
      <source>This case is no longer here.</source>
      <translation>This case is no longer here.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="432" />
      <source>Case %1</source>
      <translation>Case %1</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="444" />
      <source>Nobody</source>
      <translation>Nobody</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="476" />
      <source>No notes yet.</source>
      <translation>No notes yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="480" />
      <source>Only the service desk and administrators read notes.</source>
      <translation>Only the service desk and administrators read notes.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="514" />
      <source>Write the note first.</source>
      <translation>Write the note first.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="519" />
      <source>The note is added.</source>
      <translation>The note is added.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="526" />
      <source>The case is assigned to you.</source>
      <translation>The case is assigned to you.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="531" />
      <source>Nobody is assigned to the case now.</source>
      <translation>Nobody is assigned to the case now.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="538" />
      <source>The case is now: %1</source>
      <translation>The case is now: %1</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="95" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="96" />
      <source>Persons</source>
      <translation>Persons</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="97" />
      <source>State</source>
      <translation>State</translation>
    </message>
  </context>
  <context>
    <name>CategoriesWindow</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="117" />
      <source>Person categories</source>
      <translation>Person categories</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="122" />
      <source>No categories yet — New… adds one.</source>
      <translation>No categories yet — New… adds one.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="127" />
      <source>Show archived</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="132" />
      <source>New…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="133" />
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="134" />
      <location filename="../../desktop/people/categories.py" line="187" />
      <source>Archive</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="137" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="167" />
      <source>Archived</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="167" />
      <source>In use</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="187" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
  </context>
  <context>
    <name>CategoryChoice</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="245" />
      <source>Give or take a category</source>
      <translation>Give or take a category</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="247" />
      <source>For %1.</source>
      <translation>For %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/people/categories.py" line="249" />
      <source>For the %n selected participant(s).</source>
      <translation>
        <numerusform>For the %Ln selected participant.</numerusform>
        <numerusform>For the %Ln selected participants.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="253" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="254" />
      <source>Give the category</source>
      <translation>Give the category</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="255" />
      <source>Take the category away</source>
      <translation>Take the category away</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="259" />
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="273" />
      <source>Choose a category…</source>
      <translation>Choose a category…</translation>
    </message>
  </context>
  <context>
    <name>CategoryDialog</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="60" />
      <source>New category</source>
      <translation>New category</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="61" />
      <source>Rename category</source>
      <translation>Rename category</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="71" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/categories.py" line="74" />
      <source>A category marks persons, such as Alumnus or Board member: give it on a profile, to selected participants, or in an import.</source>
      <translation>A category marks persons, such as Alumnus or Board member: give it on a profile, to selected participants, or in an import.</translation>
    </message>
  </context>
  <context>
    <name>CategoryMenu</name>
    <message>
      <location filename="../../desktop/people/categories.py" line="344" />
      <source>No categories yet</source>
      <translation>No categories yet</translation>
    </message>
  </context>
  <context>
    <name>CategoryOps</name>
    <message numerus="yes">
      <location filename="../../desktop/operations/categories.py" line="118" />
      <source>giving %1 to %n person(s)</source>
      <translation>
        <numerusform>giving %1 to %Ln person</numerusform>
        <numerusform>giving %1 to %Ln persons</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/operations/categories.py" line="120" />
      <source>taking %1 from %n person(s)</source>
      <translation>
        <numerusform>taking %1 from %Ln person</numerusform>
        <numerusform>taking %1 from %Ln persons</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/operations/categories.py" line="135" />
      <source>Setting the category %1</source>
      <translation>Setting the category %1</translation>
    </message>
  </context>
  <context>
    <name>CheckInChooser</name>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="797" />
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="800" />
      <source>No sessions today.</source>
      <translation>No sessions today.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="804" />
      <source>Open check-in</source>
      <translation>Open check-in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="810" />
      <source>Today's sessions:</source>
      <translation>Today's sessions:</translation>
    </message>
  </context>
  <context>
    <name>CheckInWindow</name>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="384" />
      <source>Check-in</source>
      <extracomment>An answer was shown (the answer: Green, Red, or the refusal's text). The list of who checked in was (re)loaded. The server answered (or did not) about the overdue fees: ``fees_state`` says which. Given: the overdue fees as the caller knows them (the server is not asked). The round's overdue fees as the server last said (person id → öre), None before an answer came; and when the server summed them. The answer shown (None: waiting for a scan).</extracomment>
      <translation>Check-in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="390" />
      <source>Leave check-in (Esc)</source>
      <translation>Leave check-in (Esc)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="414" />
      <source>Scan a card or an ID, or type a personnummer</source>
      <translation>Scan a card or an ID, or type a personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="415" />
      <source>Personnummer or card code</source>
      <translation>Personnummer or card code</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="417" />
      <source>Let in anyway…</source>
      <translation>Let in anyway…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="425" />
      <source>Checked in (newest first)</source>
      <translation>Checked in (newest first)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="456" />
      <source>Camera: %1</source>
      <translation>Camera: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="462" />
      <source>ID documents are not read by the camera (Tesseract OCR is not installed): scan them with the scanner.</source>
      <translation>ID documents are not read by the camera (Tesseract OCR is not installed): scan them with the scanner.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="468" />
      <source>No camera found: scan with the scanner or type the personnummer.</source>
      <translation>No camera found: scan with the scanner or type the personnummer.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="490" />
      <source>Loading check-in</source>
      <translation>Loading check-in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="504" />
      <source>%1 checked in · %2 registered</source>
      <translation>%1 checked in · %2 registered</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="512" />
      <source>(let in: %1)</source>
      <translation>(let in: %1)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="529" />
      <source>Overdue fees not checked: your role does not see people's accounts</source>
      <translation>Overdue fees not checked: your role does not see people's accounts</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="534" />
      <source>Overdue fees not checked yet: asking the server…</source>
      <translation>Overdue fees not checked yet: asking the server…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="553" />
      <source>Overdue fees not checked: %1</source>
      <translation>Overdue fees not checked: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="562" />
      <source>Overdue fees not checked: offline</source>
      <translation>Overdue fees not checked: offline</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="567" />
      <source>Overdue fees as of %1</source>
      <translation>Overdue fees as of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="623" />
      <source>Checking in</source>
      <translation>Checking in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="638" />
      <source>Checked in</source>
      <translation>Checked in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="638" />
      <source>Not checked in</source>
      <translation>Not checked in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="659" />
      <source>Welcome</source>
      <translation>Welcome</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="660" />
      <source>Scan your card or ID</source>
      <translation>Scan your card or ID</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="691" />
      <source>Letting in</source>
      <translation>Letting in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="704" />
      <source>Leave check-in</source>
      <translation>Leave check-in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="705" />
      <source>Leave the check-in station? Check-ins made are kept.</source>
      <translation>Leave the check-in station? Check-ins made are kept.</translation>
    </message>
  </context>
  <context>
    <name>ColumnLayout</name>
    <message>
      <location filename="../../desktop/common/columns.py" line="191" />
      <source>The list is sorted by this column</source>
      <translation>The list is sorted by this column</translation>
    </message>
    <message>
      <location filename="../../desktop/common/columns.py" line="197" />
      <source>Reset columns</source>
      <translation>Reset columns</translation>
    </message>
    <message>
      <location filename="../../desktop/common/columns.py" line="198" />
      <source>Show the list's own columns in their own order and widths</source>
      <translation>Show the list's own columns in their own order and widths</translation>
    </message>
  </context>
  <context>
    <name>ConflictChooser</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="78" />
      <source>Choose per field</source>
      <translation>Choose per field</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="104" />
      <source>Someone changed these fields on the server after you loaded them. Choose per field which value to keep.</source>
      <translation>Someone changed these fields on the server after you loaded them. Choose per field which value to keep.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="109" />
      <source>Apply choice</source>
      <translation>Apply choice</translation>
    </message>
  </context>
  <context>
    <name>ConnectionNeeded</name>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="78" />
      <source>This step needs a connection</source>
      <extracomment>Load errors that mean "no connection to the server" rather than a page of the server. The server's staff sign-in page (``server.web.session.SIGN_IN_PATH``), where a staff page without a live web session sends the reader (``?next=&lt;the page&gt;``).</extracomment>
      <translation>This step needs a connection</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="85" />
      <source>This page comes from the server. Everything else in Kansli works offline; come back here when the connection is back.</source>
      <translation>This page comes from the server. Everything else in Kansli works offline; come back here when the connection is back.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="104" />
      <source>Try again</source>
      <translation>Try again</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="105" />
      <source>Ask the server for the page again</source>
      <translation>Ask the server for the page again</translation>
    </message>
  </context>
  <context>
    <name>ContactOps</name>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="150" />
      <location filename="../../desktop/contacts/user_contacts.py" line="73" />
      <source>Linking %1</source>
      <extracomment>The roles a user's own contact holds (Attestant is an organisation's role only).</extracomment>
      <translation>Linking %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="160" />
      <source>linking %1</source>
      <translation>linking %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="176" />
      <source>removing %1</source>
      <translation>removing %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="179" />
      <source>Removing %1</source>
      <translation>Removing %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="204" />
      <source>role change of %1</source>
      <translation>role change of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="211" />
      <source>Saving the roles of %1</source>
      <translation>Saving the roles of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="216" />
      <source>Loading contacts</source>
      <translation>Loading contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/operations.py" line="223" />
      <source>Searching contacts</source>
      <translation>Searching contacts</translation>
    </message>
  </context>
  <context>
    <name>Contacts</name>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="102" />
      <location filename="../../desktop/contacts/tab.py" line="130" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="96" />
      <source>E-mail</source>
      <extracomment>The addresses, each that bounced with ⚠ and, in the tooltip, when and why.</extracomment>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="104" />
      <location filename="../../desktop/contacts/tab.py" line="132" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="107" />
      <source>Main contact</source>
      <translation>Main contact</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="109" />
      <source>Shown in the lists; one per organisation or customer</source>
      <translation>Shown in the lists; one per organisation or customer</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="115" />
      <source>Notification recipient</source>
      <translation>Notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="117" />
      <source>Gets the notifications sent about it</source>
      <translation>Gets the notifications sent about it</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="121" />
      <source>Attestant</source>
      <translation>Attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="123" />
      <source>Attests the organisation's agent orders (chosen on the order form)</source>
      <translation>Attests the organisation's agent orders (chosen on the order form)</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="129" />
      <source>Link</source>
      <translation>Link</translation>
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
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="139" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
  </context>
  <context>
    <name>ContactsTab</name>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="160" />
      <source>E-mail, name or phone…</source>
      <translation>E-mail, name or phone…</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="162" />
      <source>&amp;Search</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="163" />
      <source>+ &amp;Contact…</source>
      <translation>+ &amp;Contact…</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="164" />
      <source>A new person, linked as a contact here</source>
      <translation>A new person, linked as a contact here</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="165" />
      <source>&amp;Remove contact</source>
      <translation>&amp;Remove contact</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="171" />
      <source>Search results — tick to link</source>
      <translation>Search results — tick to link</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="179" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="203" />
      <location filename="../../desktop/contacts/tab.py" line="383" />
      <source>Remove contact</source>
      <extracomment>Only the newest search runs and answers (search as you type).</extracomment>
      <translation>Remove contact</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="206" />
      <source>Remove the selected person from the contacts (not from Kansli)</source>
      <translation>Remove the selected person from the contacts (not from Kansli)</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="210" />
      <source>Open profile</source>
      <translation>Open profile</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="213" />
      <source>The selected person's profile: e-mail addresses, phone numbers, details</source>
      <translation>The selected person's profile: e-mail addresses, phone numbers, details</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="254" />
      <source>Save first; then contacts can be linked here.</source>
      <translation>Save first; then contacts can be linked here.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="260" />
      <source>Your roles let you see these contacts, not change them.</source>
      <translation>Your roles let you see these contacts, not change them.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="281" />
      <source>No contacts yet — search above and tick a person, or add one with + Contact.</source>
      <translation>No contacts yet — search above and tick a person, or add one with + Contact.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="287" />
      <source>Contacts (%1)</source>
      <translation>Contacts (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="308" />
      <source>Nobody found — add the person with + Contact.</source>
      <translation>Nobody found — add the person with + Contact.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="385" />
      <source>Remove %1 from the contacts here? The person stays in Kansli. Ctrl+Z brings the contact back.</source>
      <translation>Remove %1 from the contacts here? The person stays in Kansli. Ctrl+Z brings the contact back.</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/tab.py" line="392" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>ContractDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="67" />
      <source>New contract</source>
      <translation>New contract</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="68" />
      <source>Edit contract</source>
      <translation>Edit contract</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="266" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="267" />
      <source>Title:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="268" />
      <source>Starts:</source>
      <translation>Starts:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="269" />
      <source>Ends:</source>
      <translation>Ends:</translation>
    </message>
  </context>
  <context>
    <name>CountLabel</name>
    <message>
      <location filename="../../desktop/common/widgets.py" line="438" />
      <source>%1 of %2 shown</source>
      <extracomment>Delay of a search that asks the server: one request once typing pauses.</extracomment>
      <translation>%1 of %2 shown</translation>
    </message>
  </context>
  <context>
    <name>CourseDialog</name>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="88" />
      <source>New course</source>
      <translation>New course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="89" />
      <source>Edit course</source>
      <translation>Edit course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="108" />
      <source>No course leader</source>
      <translation>No course leader</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="110" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="111" />
      <source>Code:</source>
      <translation>Code:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="112" />
      <source>Category:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="113" />
      <source>Description:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="114" />
      <source>Course leader:</source>
      <translation>Course leader:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="108" />
      <source>Choose course leader</source>
      <translation>Choose course leader</translation>
    </message>
  </context>
  <context>
    <name>Courses</name>
    <message>
      <location filename="../../desktop/courses/editing.py" line="21" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/editing.py" line="22" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/editing.py" line="23" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/editing.py" line="24" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="60" />
      <source>%1 (archived)</source>
      <translation>%1 (archived)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="68" />
      <source>Requires %1</source>
      <translation>Requires %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="74" />
      <source>Code</source>
      <extracomment>The lists' columns, translated in context "Courses".</extracomment>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="75" />
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="76" />
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="79" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="80" />
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="83" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="86" />
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="87" />
      <source>Ends</source>
      <translation>Ends</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="90" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="91" />
      <source>Seats</source>
      <translation>Seats</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="92" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="93" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="96" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="98" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
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
      <translation>Search courses and rounds…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="123" />
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="124" />
      <location filename="../../desktop/courses/view.py" line="254" />
      <source>All terms</source>
      <translation>All terms</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="126" />
      <source>Round status</source>
      <translation>Round status</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="126" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="128" />
      <source>Show archived</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="131" />
      <source>Go › Sign-ups for review…</source>
      <translation>Go › Sign-ups for review…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="139" />
      <source>Term:</source>
      <extracomment>The evaluation results window opened last (issue 19).</extracomment>
      <translation>Term:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="141" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="178" />
      <source>&amp;New course…</source>
      <translation>&amp;New course…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="179" />
      <source>&amp;Edit course…</source>
      <translation>&amp;Edit course…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="180" />
      <location filename="../../desktop/courses/view.py" line="384" />
      <source>&amp;Archive course</source>
      <translation>&amp;Archive course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="181" />
      <source>&amp;Prerequisites…</source>
      <translation>&amp;Prerequisites…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="183" />
      <source>The courses a participant must have completed before booking this one</source>
      <translation>The courses a participant must have completed before booking this one</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="185" />
      <source>E&amp;valuation…</source>
      <translation>E&amp;valuation…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="187" />
      <source>The questionnaire participants answer after a round of this course</source>
      <translation>The questionnaire participants answer after a round of this course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="189" />
      <source>Evaluation res&amp;ults…</source>
      <translation>Evaluation res&amp;ults…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="190" />
      <source>What the participants answered, counted</source>
      <translation>What the participants answered, counted</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="191" />
      <source>New &amp;round…</source>
      <translation>New &amp;round…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="192" />
      <source>Edi&amp;t round…</source>
      <translation>Edi&amp;t round…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="193" />
      <source>&amp;Copy round to a new term…</source>
      <translation>&amp;Copy round to a new term…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="194" />
      <location filename="../../desktop/courses/view.py" line="389" />
      <source>Archi&amp;ve round</source>
      <translation>Archi&amp;ve round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="234" />
      <source>Open round</source>
      <translation>Open round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="236" />
      <source>Open the selected round's page</source>
      <translation>Open the selected round's page</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="273" />
      <source>%n sign-up(s) for review</source>
      <translation>
        <numerusform>%Ln sign-up for review</numerusform>
        <numerusform>%Ln sign-ups for review</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="283" />
      <source>No courses match — clear the search or choose another term.</source>
      <translation>No courses match — clear the search or choose another term.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="285" />
      <source>No courses yet — they appear here after the first sync.</source>
      <translation>No courses yet — they appear here after the first sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="325" />
      <source>Rounds of %1</source>
      <translation>Rounds of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="329" />
      <source>All rounds</source>
      <translation>All rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="331" />
      <source>No rounds match the filters.</source>
      <translation>No rounds match the filters.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="333" />
      <source>%n course(s)</source>
      <translation>
        <numerusform>%Ln course</numerusform>
        <numerusform>%Ln courses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/view.py" line="335" />
      <source>%n round(s)</source>
      <translation>
        <numerusform>%Ln round</numerusform>
        <numerusform>%Ln rounds</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="382" />
      <source>Restore course</source>
      <translation>Restore course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="387" />
      <source>Restore round</source>
      <translation>Restore round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="163" />
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/view.py" line="164" />
      <source>Courses</source>
      <translation>Courses</translation>
    </message>
  </context>
  <context>
    <name>CustomerDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="62" />
      <source>New customer</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="63" />
      <source>Edit customer</source>
      <translation>Edit customer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="240" />
      <source>Customer number:</source>
      <translation>Customer number:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="246" />
      <source>An organisation that is not in the list is added under Organisations first.</source>
      <translation>An organisation that is not in the list is added under Organisations first.</translation>
    </message>
  </context>
  <context>
    <name>DecisionReversal</name>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="42" />
      <source>Your roles do not allow decisions on alumni registrations.</source>
      <extracomment>A sentence for the screen's feedback line. The dialog asking for the reason was opened (the screen may keep it). The dialog closed, whatever the answer. The reversal of this registration is queued (its id).</extracomment>
      <translation>Your roles do not allow decisions on alumni registrations.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="47" />
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="55" />
      <source>Only an officer's decision can be reversed; this one is: %1.</source>
      <translation>Only an officer's decision can be reversed; this one is: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="70" />
      <source>reversal for %1</source>
      <translation>reversal for %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/reversal.py" line="80" />
      <source>Reversal queued: %1 is back in the manual queue.</source>
      <translation>Reversal queued: %1 is back in the manual queue.</translation>
    </message>
  </context>
  <context>
    <name>DeclineDialog</name>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="142" />
      <source>Decline sign-up</source>
      <translation>Decline sign-up</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="144" />
      <source>Decline the sign-up of %1? The registration is cancelled.</source>
      <translation>Decline the sign-up of %1? The registration is cancelled.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="147" />
      <source>&amp;Reason (optional):</source>
      <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="149" />
      <source>Reason for declining</source>
      <translation>Reason for declining</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="152" />
      <source>Decline</source>
      <translation>Decline</translation>
    </message>
  </context>
  <context>
    <name>DemoInfoDialog</name>
    <message>
      <location filename="../../desktop/demo_info.py" line="42" />
      <source>Demo server</source>
      <translation>Demo server</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="48" />
      <source>This is a demo: a server on this computer with made-up data. Nothing is sent: mail from the server (to an approving manager, a confirmation of a sign-up) is kept as files in the mail folder, and SMS codes for signing orders are written to a file.</source>
      <translation>This is a demo: a server on this computer with made-up data. Nothing is sent: mail from the server (to an approving manager, a confirmation of a sign-up) is kept as files in the mail folder, and SMS codes for signing orders are written to a file.</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="56" />
      <source>Server:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="57" />
      <source>Mail folder:</source>
      <translation>Mail folder:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="58" />
      <source>SMS codes:</source>
      <translation>SMS codes:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="62" />
      <source>Users:</source>
      <translation>Users:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="63" />
      <source>Password:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="65" />
      <source>Open the mail folder</source>
      <translation>Open the mail folder</translation>
    </message>
    <message>
      <location filename="../../desktop/demo_info.py" line="69" />
      <source>Open the SMS codes</source>
      <translation>Open the SMS codes</translation>
    </message>
  </context>
  <context>
    <name>DenyDialog</name>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="40" />
      <source>Deny alumni registration</source>
      <translation>Deny alumni registration</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="44" />
      <source>Deny the registration of &lt;b&gt;%1&lt;/b&gt;? The reason is kept with the decision.</source>
      <translation>Deny the registration of &lt;b&gt;%1&lt;/b&gt;? The reason is kept with the decision.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="45" />
      <source>this alumnus</source>
      <translation>this alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="48" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="52" />
      <source>Reason for the denial</source>
      <translation>Reason for the denial</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="55" />
      <source>Why is the registration denied?</source>
      <translation>Why is the registration denied?</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="63" />
      <source>The last reasons you gave are in the list (↓).</source>
      <translation>The last reasons you gave are in the list (↓).</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="65" />
      <source>The reason you give is offered again next time.</source>
      <translation>The reason you give is offered again next time.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="77" />
      <source>Reason to &amp;tell the alumnus (optional):</source>
      <translation>Reason to &amp;tell the alumnus (optional):</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="81" />
      <source>Reason to tell the alumnus</source>
      <translation>Reason to tell the alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="83" />
      <source>For example: We find no degree from the university in your name.</source>
      <translation>For example: We find no degree from the university in your name.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="89" />
      <source>The alumnus is mailed that the registration is denied, with this text if you give one. The reason above is never sent.</source>
      <translation>The alumnus is mailed that the registration is denied, with this text if you give one. The reason above is never sent.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="96" />
      <source>Deny</source>
      <translation>Deny</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="123" />
      <source>Give a reason for the denial.</source>
      <translation>Give a reason for the denial.</translation>
    </message>
  </context>
  <context>
    <name>DiscountDialog</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="270" />
      <source>New discount</source>
      <translation>New discount</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="271" />
      <source>Edit discount</source>
      <translation>Edit discount</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="276" />
      <source>Such as Two courses the same term</source>
      <translation>Such as Two courses the same term</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="283" />
      <source>An amount (kr)</source>
      <translation>An amount (kr)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="284" />
      <source>A percentage of the price</source>
      <translation>A percentage of the price</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="306" />
      <source>YYYY-MM-DD (empty: no limit)</source>
      <translation>YYYY-MM-DD (empty: no limit)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="276" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="280" />
      <source>When:</source>
      <translation>When:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="282" />
      <source>Discount:</source>
      <translation>Discount:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="293" />
      <source>Size:</source>
      <translation>Size:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="295" />
      <source>With others:</source>
      <translation>With others:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="300" />
      <source>Book by:</source>
      <extracomment>The days that limit the discount, by their keys (empty: no limit).</extracomment>
      <translation>Book by:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="301" />
      <source>Valid from:</source>
      <translation>Valid from:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="302" />
      <source>Valid until:</source>
      <translation>Valid until:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="307" />
      <source>Order:</source>
      <translation>Order:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="313" />
      <source>Discounts are counted in their order, each shown to the participant as a line of the price; together they never take a course below zero.</source>
      <translation>Discounts are counted in their order, each shown to the participant as a line of the price; together they never take a course below zero.</translation>
    </message>
  </context>
  <context>
    <name>DiscountsWindow</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="345" />
      <source>Discounts</source>
      <translation>Discounts</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="346" />
      <source>No discounts yet: New… adds one, such as for a second course.</source>
      <translation>No discounts yet: New… adds one, such as for a second course.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="349" />
      <source>A booking keeps the price it was made with: changing a discount changes new sign-ups only.</source>
      <translation>A booking keeps the price it was made with: changing a discount changes new sign-ups only.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="354" />
      <source>New sign-ups no longer get it</source>
      <translation>New sign-ups no longer get it</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="379" />
      <source>(by %1)</source>
      <translation>(by %1)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="381" />
      <source>Always</source>
      <translation>Always</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="227" />
      <source>Possible duplicates</source>
      <translation>Possible duplicates</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/people/person_dialog.py" line="233" />
      <source>%n person(s) in Kansli may be the one you are adding. Use one of them instead, or save a new person anyway.</source>
      <translation>
        <numerusform>%Ln person in Kansli may be the one you are adding. Use one of them instead, or save a new person anyway.</numerusform>
        <numerusform>%Ln persons in Kansli may be the one you are adding. Use one of them instead, or save a new person anyway.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="270" />
      <source>Use the selected person</source>
      <translation>Use the selected person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="273" />
      <source>Save as a new person</source>
      <translation>Save as a new person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="276" />
      <source>Back to the form</source>
      <translation>Back to the form</translation>
    </message>
  </context>
  <context>
    <name>Economics</name>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="43" />
      <source>Course</source>
      <extracomment>What a row of the report is, by the server's group: its name (the first column's header).</extracomment>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="44" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="45" />
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="49" />
      <location filename="../../desktop/accounting/economics.py" line="354" />
      <source>All time</source>
      <extracomment>The periods to choose, by key.</extracomment>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="50" />
      <source>This year</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="51" />
      <source>Last year</source>
      <translation>Last year</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="52" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="53" />
      <source>Chosen days</source>
      <translation>Chosen days</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="57" />
      <source>Invoiced</source>
      <extracomment>The amounts, in the table's order: (field, title, tooltip).</extracomment>
      <translation>Invoiced</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="57" />
      <source>What the bookings were charged (before any credit balance used)</source>
      <translation>What the bookings were charged (before any credit balance used)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="60" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="60" />
      <source>Charges given up again by cancellations and credit notes</source>
      <translation>Charges given up again by cancellations and credit notes</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="63" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="63" />
      <source>Money received: Bankgiro and card payments</source>
      <translation>Money received: Bankgiro and card payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="66" />
      <source>Outstanding</source>
      <translation>Outstanding</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="66" />
      <source>What is still owed at the end of the period</source>
      <translation>What is still owed at the end of the period</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="69" />
      <source>Discounts</source>
      <translation>Discounts</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="69" />
      <source>The discounts of the bookings charged in the period</source>
      <translation>The discounts of the bookings charged in the period</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="72" />
      <source>Credit used</source>
      <translation>Credit used</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="72" />
      <source>Credit balances used to pay for bookings</source>
      <translation>Credit balances used to pay for bookings</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="75" />
      <source>Credit given</source>
      <translation>Credit given</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="75" />
      <source>Credit balances given by cancellations and overpayments</source>
      <translation>Credit balances given by cancellations and overpayments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="78" />
      <source>Refunds</source>
      <translation>Refunds</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="78" />
      <source>Money paid back</source>
      <translation>Money paid back</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="94" />
      <source>Bookings</source>
      <extracomment>The chart's series: (field, colour).</extracomment>
      <translation>Bookings</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="96" />
      <source>Bookings charged in the period</source>
      <translation>Bookings charged in the period</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="106" />
      <source>Not tied to a booking</source>
      <translation>Not tied to a booking</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="110" />
      <source>No category</source>
      <translation>No category</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="111" />
      <source>No term</source>
      <translation>No term</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="132" />
      <source>Loading the economics report</source>
      <translation>Loading the economics report</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="360" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>EconomicsWindow</name>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="155" />
      <location filename="../../desktop/accounting/economics.py" line="377" />
      <location filename="../../desktop/accounting/economics.py" line="397" />
      <source>Economics report</source>
      <translation>Economics report</translation>
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
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="184" />
      <source>To</source>
      <translation>To</translation>
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
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="196" />
      <source>Print the report</source>
      <translation>Print the report</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="199" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="202" />
      <source>Save the report as an Excel workbook or a CSV file</source>
      <translation>Save the report as an Excel workbook or a CSV file</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="207" />
      <source>Report actions</source>
      <translation>Report actions</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="209" />
      <source>Filter by name…</source>
      <translation>Filter by name…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="276" />
      <source>The period ends before it starts.</source>
      <translation>The period ends before it starts.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="296" />
      <source>No bookings or payments in this period.</source>
      <translation>No bookings or payments in this period.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="319" />
      <source>In all: %1 invoiced · %2 paid · %3 outstanding</source>
      <translation>In all: %1 invoiced · %2 paid · %3 outstanding</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="328" />
      <source>Invoiced, paid and outstanding (kr)</source>
      <translation>Invoiced, paid and outstanding (kr)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="376" />
      <source>Per %1</source>
      <translation>Per %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="386" />
      <source>Export the report</source>
      <translation>Export the report</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="386" />
      <source>Economics</source>
      <translation>Economics</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="399" />
      <source>Saved %1.</source>
      <translation>Saved %1.</translation>
    </message>
  </context>
  <context>
    <name>ElementDialog</name>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="188" />
      <source>An answer is required</source>
      <translation>An answer is required</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="191" />
      <source>One option per line</source>
      <translation>One option per line</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="192" />
      <source>Require confirmation by e-mail</source>
      <translation>Require confirmation by e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="195" />
      <source>The manager named on the form gets an e-mail asking them to approve the registration</source>
      <translation>The manager named on the form gets an e-mail asking them to approve the registration</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="200" />
      <source>Kind:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="201" />
      <source>Question:</source>
      <translation>Question:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="203" />
      <source>Options:</source>
      <translation>Options:</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../desktop/people/erasure.py" line="58" />
      <source>Erased person #%1</source>
      <translation>Erased person #%1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="60" />
      <source>Erase person</source>
      <translation>Erase person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="61" />
      <source>Erase %1?</source>
      <translation>Erase %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="63" />
      <source>Everything Kansli holds about %1 is removed, on the server and on every computer at its next sync: name, personnummer, address, e-mail addresses, phone numbers, notes, consents, registrations, attendance, categories, alumni data and the mail and text messages sent to them.</source>
      <translation>Everything Kansli holds about %1 is removed, on the server and on every computer at its next sync: name, personnummer, address, e-mail addresses, phone numbers, notes, consents, registrations, attendance, categories, alumni data and the mail and text messages sent to them.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="69" />
      <source>Kept, as bookkeeping law requires: invoices, payments, reminders, refunds and ledger postings with their amounts and dates, under the anonymous name “%1”.</source>
      <translation>Kept, as bookkeeping law requires: invoices, payments, reminders, refunds and ledger postings with their amounts and dates, under the anonymous name “%1”.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="73" />
      <source>Erase</source>
      <translation>Erase</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="75" />
      <source>Anonymise person</source>
      <translation>Anonymise person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="76" />
      <source>Anonymise %1?</source>
      <translation>Anonymise %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="78" />
      <source>The personal data of %1 is removed, on the server and on every computer at its next sync: name, personnummer, address, e-mail addresses, phone numbers, notes, consents, the answers and notes of their registrations, alumni data and the mail and text messages sent to them.</source>
      <translation>The personal data of %1 is removed, on the server and on every computer at its next sync: name, personnummer, address, e-mail addresses, phone numbers, notes, consents, the answers and notes of their registrations, alumni data and the mail and text messages sent to them.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="84" />
      <source>Kept without anything that identifies them, under the anonymous name “%1”: their registrations, attendance, memberships and categories (for counts and statistics), and, as bookkeeping law requires, invoices, payments and ledger postings with their amounts and dates.</source>
      <translation>Kept without anything that identifies them, under the anonymous name “%1”: their registrations, attendance, memberships and categories (for counts and statistics), and, as bookkeeping law requires, invoices, payments and ledger postings with their amounts and dates.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="89" />
      <source>Anonymise</source>
      <translation>Anonymise</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="91" />
      <source>This cannot be undone.</source>
      <translation>This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="96" />
      <source>For example: the person's request of 2 December, by e-mail</source>
      <translation>For example: the person's request of 2 December, by e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="100" />
      <source>&amp;Reason (kept in the audit trail):</source>
      <translation>&amp;Reason (kept in the audit trail):</translation>
    </message>
  </context>
  <context>
    <name>Erasure</name>
    <message>
      <location filename="../../desktop/people/erasure.py" line="45" />
      <source>Erasing a person</source>
      <extracomment>The most a reason may hold (``PersonEraseArgs.reason``).</extracomment>
      <translation>Erasing a person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="47" />
      <source>Anonymising a person</source>
      <translation>Anonymising a person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="139" />
      <source>&amp;Erase…</source>
      <translation>&amp;Erase…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="140" />
      <source>&amp;Anonymise…</source>
      <translation>&amp;Anonymise…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/erasure.py" line="171" />
      <source>Not erased</source>
      <translation>Not erased</translation>
    </message>
  </context>
  <context>
    <name>EvaluationEditor</name>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="43" />
      <source>Scale 1–5</source>
      <extracomment>The kinds of question as the editor names them, in the order offered.</extracomment>
      <translation>Scale 1–5</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="44" />
      <source>One choice</source>
      <translation>One choice</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="45" />
      <source>Several choices</source>
      <translation>Several choices</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="46" />
      <source>Free text</source>
      <translation>Free text</translation>
    </message>
  </context>
  <context>
    <name>EvaluationEditorDialog</name>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="87" />
      <source>Evaluation of %1</source>
      <translation>Evaluation of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="92" />
      <source>&amp;Anonymous: answers are kept without names</source>
      <extracomment>The questionnaire as loaded (None until it is) and the questions being edited.</extracomment>
      <translation>&amp;Anonymous: answers are kept without names</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="95" />
      <source>&amp;Add question</source>
      <translation>&amp;Add question</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="96" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="97" />
      <source>Move &amp;up</source>
      <translation>Move &amp;up</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="98" />
      <source>Move &amp;down</source>
      <translation>Move &amp;down</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="100" />
      <source>The question as participants read it</source>
      <translation>The question as participants read it</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="105" />
      <source>Re&amp;quired</source>
      <translation>Re&amp;quired</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="107" />
      <source>One choice per line</source>
      <translation>One choice per line</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="110" />
      <source>e.g. Poor</source>
      <translation>e.g. Poor</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="112" />
      <source>e.g. Excellent</source>
      <translation>e.g. Excellent</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="114" />
      <source>Question:</source>
      <translation>Question:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="115" />
      <source>Kind:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="117" />
      <source>Choices:</source>
      <translation>Choices:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="118" />
      <source>1 means:</source>
      <translation>1 means:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="119" />
      <source>5 means:</source>
      <translation>5 means:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="132" />
      <source>Participants get a personal link the day after a round's last day and answer once; those who have not answered are reminded once. A change holds for answers given after it.</source>
      <translation>Participants get a personal link the day after a round's last day and answer once; those who have not answered are reminded once. A change holds for answers given after it.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="129" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="129" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="168" />
      <source>(no text yet)</source>
      <translation>(no text yet)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_editor.py" line="263" />
      <source>change of the evaluation of %1</source>
      <translation>change of the evaluation of %1</translation>
    </message>
  </context>
  <context>
    <name>EvaluationStats</name>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="40" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="41" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="42" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="43" />
      <source>Answers</source>
      <translation>Answers</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="44" />
      <source>Average</source>
      <translation>Average</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="45" />
      <source>Distribution</source>
      <translation>Distribution</translation>
    </message>
  </context>
  <context>
    <name>EvaluationStatsWindow</name>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="107" />
      <source>Evaluation results of %1</source>
      <translation>Evaluation results of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="113" />
      <location filename="../../desktop/courses/evaluation_stats.py" line="263" />
      <source>All rounds</source>
      <extracomment>The round the report shown (None: every round) and last asked for.</extracomment>
      <translation>All rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="114" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="115" />
      <source>&amp;Round:</source>
      <translation>&amp;Round:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="118" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="118" />
      <source>Print the results</source>
      <translation>Print the results</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="121" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="124" />
      <source>Save the results as an Excel workbook or a CSV file</source>
      <translation>Save the results as an Excel workbook or a CSV file</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="128" />
      <source>Results actions</source>
      <translation>Results actions</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="130" />
      <source>Filter by question…</source>
      <translation>Filter by question…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="136" />
      <source>Free texts</source>
      <translation>Free texts</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="164" />
      <source>Loading the evaluation results</source>
      <translation>Loading the evaluation results</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="181" />
      <source>The course has no evaluation questions yet.</source>
      <translation>The course has no evaluation questions yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="205" />
      <source>Sent to %1 · answered by %2 · response rate %3</source>
      <translation>Sent to %1 · answered by %2 · response rate %3</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="229" />
      <source>Answers</source>
      <translation>Answers</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="267" />
      <location filename="../../desktop/courses/evaluation_stats.py" line="281" />
      <source>Evaluation results</source>
      <translation>Evaluation results</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="276" />
      <source>Export the results</source>
      <translation>Export the results</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="276" />
      <source>Evaluation</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="284" />
      <source>Saved %1.</source>
      <translation>Saved %1.</translation>
    </message>
  </context>
  <context>
    <name>EventTypes</name>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="18" />
      <source>A registration was made (a sign-up or by staff): the confirmation to the participant</source>
      <extracomment>Each event type's description (context ``EventTypes``).</extracomment>
      <translation>A registration was made (a sign-up or by staff): the confirmation to the participant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="22" />
      <source>Someone signed up again for a round they are already registered for</source>
      <translation>Someone signed up again for a round they are already registered for</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="25" />
      <source>The approving manager is asked to approve a registration</source>
      <translation>The approving manager is asked to approve a registration</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="28" />
      <source>The approving manager is reminded of a request not yet answered</source>
      <translation>The approving manager is reminded of a request not yet answered</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="31" />
      <source>The manager approved a registration</source>
      <translation>The manager approved a registration</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="32" />
      <source>The manager's consent was recorded: the receipt, with the link to withdraw it</source>
      <translation>The manager's consent was recorded: the receipt, with the link to withdraw it</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="36" />
      <source>A registration was cancelled</source>
      <translation>A registration was cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="37" />
      <source>A freed place is offered to the next on the waiting list</source>
      <translation>A freed place is offered to the next on the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="40" />
      <source>A new partner is invited to book their place on a partner course</source>
      <translation>A new partner is invited to book their place on a partner course</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="44" />
      <source>A course round opens for registration</source>
      <translation>A course round opens for registration</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="45" />
      <source>A course round starts in a few days</source>
      <translation>A course round starts in a few days</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="46" />
      <source>A session of a round was moved or changed</source>
      <translation>A session of a round was moved or changed</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="49" />
      <source>A course round has ended: the participants are asked to evaluate it</source>
      <translation>A course round has ended: the participants are asked to evaluate it</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="52" />
      <source>A participant who has not answered a round's evaluation is reminded, once</source>
      <translation>A participant who has not answered a round's evaluation is reminded, once</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="55" />
      <source>A course round has ended: its participants are offered the courses that follow it</source>
      <translation>A course round has ended: its participants are offered the courses that follow it</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="59" />
      <source>A round's participant list and attendance sheet are sent as download links</source>
      <translation>A round's participant list and attendance sheet are sent as download links</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="62" />
      <source>An alumni registration was received</source>
      <translation>An alumni registration was received</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="63" />
      <source>An alumni registration was decided</source>
      <translation>An alumni registration was decided</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="64" />
      <source>An alumni registration in a known person's name gave new contact details: the person is asked to confirm them</source>
      <translation>An alumni registration in a known person's name gave new contact details: the person is asked to confirm them</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="68" />
      <source>Someone asked to end an alumni membership: the link to confirm it</source>
      <translation>Someone asked to end an alumni membership: the link to confirm it</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="71" />
      <source>An alumni membership was ended</source>
      <translation>An alumni membership was ended</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="72" />
      <source>An alumni registration was approved (automatically or by staff): the alumnus is told</source>
      <translation>An alumni registration was approved (automatically or by staff): the alumnus is told</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="76" />
      <source>An alumni registration was denied by staff: the alumnus is told</source>
      <translation>An alumni registration was denied by staff: the alumnus is told</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="79" />
      <source>Staff took back the approval of an alumni registration: the alumnus is told</source>
      <translation>Staff took back the approval of an alumni registration: the alumnus is told</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="83" />
      <source>A customer is invited to order a connection through an agent</source>
      <translation>A customer is invited to order a connection through an agent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="86" />
      <source>An agent order was placed</source>
      <translation>An agent order was placed</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="87" />
      <source>The agent started reviewing an order</source>
      <translation>The agent started reviewing an order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="90" />
      <source>The agent approved an order: it awaits the agent's attestation</source>
      <translation>The agent approved an order: it awaits the agent's attestation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="93" />
      <source>The agent rejected an order</source>
      <translation>The agent rejected an order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="94" />
      <source>The agent attested an order: it goes to the customer's attestant</source>
      <translation>The agent attested an order: it goes to the customer's attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="97" />
      <source>The customer attested an order</source>
      <translation>The customer attested an order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="100" />
      <source>A service-desk case was opened for an attested order</source>
      <translation>A service-desk case was opened for an attested order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="103" />
      <source>An attestant declined to attest an order: it goes back to the agent's case handler</source>
      <translation>An attestant declined to attest an order: it goes back to the agent's case handler</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="107" />
      <source>A service-desk case was opened for an attested order: the service desk is told</source>
      <translation>A service-desk case was opened for an attested order: the service desk is told</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="111" />
      <source>An invoice for a registration is sent</source>
      <translation>An invoice for a registration is sent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="112" />
      <source>A reminder of an unpaid invoice</source>
      <translation>A reminder of an unpaid invoice</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="113" />
      <source>A receipt for a payment</source>
      <translation>A receipt for a payment</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="114" />
      <source>A credit note for a cancelled booking's invoice is sent</source>
      <translation>A credit note for a cancelled booking's invoice is sent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="117" />
      <source>Money is paid back (a refund by card or bank, a credit balance paid out)</source>
      <translation>Money is paid back (a refund by card or bank, a credit balance paid out)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="120" />
      <source>A user is given an account and chooses a password</source>
      <translation>A user is given an account and chooses a password</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="123" />
      <source>A user asked to reset their password</source>
      <translation>A user asked to reset their password</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="124" />
      <source>A user with an account is given roles in a tenant</source>
      <translation>A user with an account is given roles in a tenant</translation>
    </message>
  </context>
  <context>
    <name>FormEditor</name>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="28" />
      <source>First name</source>
      <extracomment>Each kind of question as the editor names it, in the order the "Kind" list offers them.</extracomment>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="29" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="30" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="31" />
      <source>Phone</source>
      <translation>Phone</translation>
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
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="35" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="36" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="37" />
      <source>Choice</source>
      <translation>Choice</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="38" />
      <source>Check box (consent)</source>
      <translation>Check box (consent)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="85" />
      <source>New sign-up form</source>
      <translation>New sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="86" />
      <source>Sign-up form texts</source>
      <translation>Sign-up form texts</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="160" />
      <source>Add question</source>
      <translation>Add question</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="161" />
      <source>Edit question</source>
      <translation>Edit question</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="48" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="56" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="57" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="58" />
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="61" />
      <source>E-mail confirmation</source>
      <translation>E-mail confirmation</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="64" />
      <source>The approving manager is asked by e-mail to approve</source>
      <translation>The approving manager is asked by e-mail to approve</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="68" />
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="81" />
      <source>Sign-up form</source>
      <translation>Sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="86" />
      <source>Publication</source>
      <translation>Publication</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="87" />
      <source>Create sign-up form…</source>
      <translation>Create sign-up form…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="88" />
      <location filename="../../desktop/courses/form_editor.py" line="276" />
      <source>Publish</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="90" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="92" />
      <source>Open the public sign-up page in your web browser</source>
      <translation>Open the public sign-up page in your web browser</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="95" />
      <source>Copy link</source>
      <translation>Copy link</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="97" />
      <source>Copy the address of the public sign-up page</source>
      <translation>Copy the address of the public sign-up page</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="114" />
      <source>Heading:</source>
      <translation>Heading:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="115" />
      <source>Introduction:</source>
      <translation>Introduction:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="116" />
      <source>Banner image:</source>
      <translation>Banner image:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="117" />
      <source>Confirmation text:</source>
      <translation>Confirmation text:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="118" />
      <source>Edit texts…</source>
      <translation>Edit texts…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="119" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="130" />
      <location filename="../../desktop/courses/form_editor.py" line="145" />
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="132" />
      <source>Add question…</source>
      <translation>Add question…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="133" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="135" />
      <location filename="../../desktop/courses/form_editor.py" line="228" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="137" />
      <source>Move the question up (Alt+Up)</source>
      <translation>Move the question up (Alt+Up)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="140" />
      <location filename="../../desktop/courses/form_editor.py" line="229" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="142" />
      <source>Move the question down (Alt+Down)</source>
      <translation>Move the question down (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="144" />
      <location filename="../../desktop/courses/form_editor.py" line="231" />
      <source>Remove…</source>
      <translation>Remove…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="168" />
      <source>Refresh preview</source>
      <translation>Refresh preview</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="169" />
      <source>Preview (as the public sees it)</source>
      <translation>Preview (as the public sees it)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="170" />
      <source>Create the sign-up form to see its page here.</source>
      <translation>Create the sign-up form to see its page here.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="187" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="226" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="265" />
      <source>Sign-up form: %1</source>
      <translation>Sign-up form: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="268" />
      <source>No sign-up form yet</source>
      <translation>No sign-up form yet</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="271" />
      <source>Published: the page is open to the public</source>
      <translation>Published: the page is open to the public</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="273" />
      <source>Not published: only staff can see the page</source>
      <translation>Not published: only staff can see the page</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="276" />
      <source>Unpublish</source>
      <translation>Unpublish</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="286" />
      <source>No questions yet — add the first one.</source>
      <translation>No questions yet — add the first one.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="288" />
      <source>Create the sign-up form first.</source>
      <translation>Create the sign-up form first.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="310" />
      <source>The preview is the server's own page. It shows your changes once they have reached the server.</source>
      <translation>The preview is the server's own page. It shows your changes once they have reached the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="403" />
      <source>The link to the sign-up page is copied.</source>
      <translation>The link to the sign-up page is copied.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="466" />
      <source>Remove question</source>
      <translation>Remove question</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="468" />
      <source>Remove the question “%1” from the form? Answers already given stay on the registrations. Ctrl+Z brings it back.</source>
      <translation>Remove the question “%1” from the form? Answers already given stay on the registrations. Ctrl+Z brings it back.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_editor.py" line="475" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>FormOps</name>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="122" />
      <source>creating the sign-up form of %1</source>
      <extracomment>The form's texts the editor shows and changes (``signup_form.set``'s fields). A question's settings the editor changes (``form_element.edit``'s fields). The live questions in page order: id, kind, label, required, options, require_email_confirmation, position.</extracomment>
      <translation>creating the sign-up form of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="136" />
      <source>edit of the sign-up form of %1</source>
      <translation>edit of the sign-up form of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="144" />
      <location filename="../../desktop/courses/form_ops.py" line="193" />
      <source>Saving the sign-up form of %1</source>
      <translation>Saving the sign-up form of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="188" />
      <source>publishing the sign-up form of %1</source>
      <translation>publishing the sign-up form of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="190" />
      <source>unpublishing the sign-up form of %1</source>
      <translation>unpublishing the sign-up form of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="209" />
      <source>moving %1</source>
      <translation>moving %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="212" />
      <source>Moving %1</source>
      <translation>Moving %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="229" />
      <source>removing %1</source>
      <translation>removing %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_ops.py" line="231" />
      <source>Removing %1</source>
      <translation>Removing %1</translation>
    </message>
  </context>
  <context>
    <name>FormTextsDialog</name>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="105" />
      <source>e.g. Sign up for %1</source>
      <translation>e.g. Sign up for %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="110" />
      <source>Heading:</source>
      <translation>Heading:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="111" />
      <source>Introduction:</source>
      <translation>Introduction:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="112" />
      <source>Banner image (address):</source>
      <translation>Banner image (address):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="113" />
      <source>Confirmation text:</source>
      <translation>Confirmation text:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/form_dialogs.py" line="116" />
      <source>The confirmation text is shown after a sign-up and sent in the confirmation mail. A new form is not published until you publish it.</source>
      <translation>The confirmation text is shown after a sign-up and sent in the confirmation mail. A new form is not published until you publish it.</translation>
    </message>
  </context>
  <context>
    <name>GrantRuleSetDialog</name>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="82" />
      <source>New grant rule set</source>
      <translation>New grant rule set</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="83" />
      <source>Edit grant rule set</source>
      <translation>Edit grant rule set</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="89" />
      <source>Start from:</source>
      <translation>Start from:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="92" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="98" />
      <source>No limit</source>
      <translation>No limit</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="101" />
      <source>A participant counts:</source>
      <translation>A participant counts:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="104" />
      <source>Valid from:</source>
      <translation>Valid from:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="104" />
      <source>YYYY-MM-DD (empty: always)</source>
      <translation>YYYY-MM-DD (empty: always)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="114" />
      <source>Ages are the age a participant turns that year. Participants are counted besides the leader. Reports already made keep their numbers.</source>
      <translation>Ages are the age a participant turns that year. Participants are counted besides the leader. Reports already made keep their numbers.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="125" />
      <source>%1 (own)</source>
      <translation>%1 (own)</translation>
    </message>
  </context>
  <context>
    <name>GrantRuleSetsWindow</name>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="148" />
      <source>Grant rule sets</source>
      <translation>Grant rule sets</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="149" />
      <source>No rule sets of the club's own. New… adds one, starting from LOK-stöd or an example.</source>
      <translation>No rule sets of the club's own. New… adds one, starting from LOK-stöd or an example.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="153" />
      <source>Your municipality's activity grant rules; the grant report counts with them.</source>
      <translation>Your municipality's activity grant rules; the grant report counts with them.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="157" />
      <source>The grant report no longer offers it; reports made keep it</source>
      <translation>The grant report no longer offers it; reports made keep it</translation>
    </message>
  </context>
  <context>
    <name>GrantRules</name>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="29" />
      <source>Once per sport and day</source>
      <extracomment>The coded rule sets a new one may start from.</extracomment>
      <translation>Once per sport and day</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="30" />
      <source>Once per day</source>
      <translation>Once per day</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="31" />
      <source>In every session</source>
      <translation>In every session</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="35" />
      <source>Turns at least:</source>
      <extracomment>The numbers of a rule set: key and label (the form's order).</extracomment>
      <translation>Turns at least:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="36" />
      <source>Turns at most:</source>
      <translation>Turns at most:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="37" />
      <source>Participants at least:</source>
      <translation>Participants at least:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="38" />
      <source>Participants counted at most:</source>
      <translation>Participants counted at most:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="39" />
      <source>Minutes at least:</source>
      <translation>Minutes at least:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="40" />
      <source>Leader turns at least:</source>
      <translation>Leader turns at least:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="176" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="177" />
      <source>Ages</source>
      <translation>Ages</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="178" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="179" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="180" />
      <source>Leader's age</source>
      <translation>Leader's age</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grant_rules.py" line="181" />
      <source>Counts</source>
      <translation>Counts</translation>
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
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="81" />
      <location filename="../../desktop/presence/grants.py" line="98" />
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="82" />
      <source>Counted activities</source>
      <translation>Counted activities</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="83" />
      <source>Participant occasions</source>
      <translation>Participant occasions</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="84" />
      <source>Sessions not counted</source>
      <translation>Sessions not counted</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="87" />
      <location filename="../../desktop/presence/grants.py" line="95" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="88" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="90" />
      <source>Why it does not count</source>
      <translation>Why it does not count</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="94" />
      <source>Activity id</source>
      <extracomment>The export's columns (docs/lok-export.md): a row per participant occasion.</extracomment>
      <translation>Activity id</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="96" />
      <source>Start time</source>
      <translation>Start time</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="97" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="100" />
      <source>Leader</source>
      <translation>Leader</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="101" />
      <source>Leader's birth year</source>
      <translation>Leader's birth year</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="102" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="103" />
      <source>Birth year</source>
      <translation>Birth year</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="104" />
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="107" />
      <source>Female</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="108" />
      <source>Male</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="111" />
      <source>January–June</source>
      <translation>January–June</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="112" />
      <source>July–December</source>
      <translation>July–December</translation>
    </message>
  </context>
  <context>
    <name>GrantsWindow</name>
    <message>
      <location filename="../../desktop/presence/grants.py" line="291" />
      <location filename="../../desktop/presence/grants.py" line="479" />
      <source>Activity grants (LOK-stöd)</source>
      <extracomment>The export's rows (:data:`EXPORT_HEADERS`), a row per participant occasion. The rule sets the choice lists: :data:`RULE_SETS` and the club's own.</extracomment>
      <translation>Activity grants (LOK-stöd)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="296" />
      <source>Rules</source>
      <translation>Rules</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="301" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="306" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="307" />
      <source>&amp;Rules:</source>
      <translation>&amp;Rules:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="309" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="315" />
      <source>Counts the attendance recorded at the sessions of the period. Export writes the counted activities, a row per participant, with what a report to IdrottOnline asks for. IdrottOnline publishes no import format, so the file is for copying or converting (its columns: docs/lok-export.md).</source>
      <translation>Counts the attendance recorded at the sessions of the period. Export writes the counted activities, a row per participant, with what a report to IdrottOnline asks for. IdrottOnline publishes no import format, so the file is for copying or converting (its columns: docs/lok-export.md).</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="335" />
      <source>Per group</source>
      <translation>Per group</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="336" />
      <source>Check report</source>
      <translation>Check report</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="338" />
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="340" />
      <source>The counted activities as Excel or CSV, a row per participant occasion</source>
      <translation>The counted activities as Excel or CSV, a row per participant occasion</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="342" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="344" />
      <source>Rule sets…</source>
      <translation>Rule sets…</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="346" />
      <source>The club's own grant rules, such as its municipality's</source>
      <translation>The club's own grant rules, such as its municipality's</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="412" />
      <source>%1, %2 %3: %4 activities, %5 participant occasions; %6 sessions do not count</source>
      <translation>%1, %2 %3: %4 activities, %5 participant occasions; %6 sessions do not count</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="422" />
      <source>Counts participants who turn %1–%2 that year, at least %3 besides a leader who turns at least %4, in activities of at least %5 minutes.</source>
      <translation>Counts participants who turn %1–%2 that year, at least %3 besides a leader who turns at least %4, in activities of at least %5 minutes.</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="440" />
      <source>Export counted activities</source>
      <translation>Export counted activities</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/grants.py" line="452" />
      <source>%1 participant occasions saved as %2</source>
      <translation>%1 participant occasions saved as %2</translation>
    </message>
  </context>
  <context>
    <name>ImportChecks</name>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="63" />
      <source>The file is empty</source>
      <translation>The file is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="64" />
      <source>The file has no participants</source>
      <translation>The file has no participants</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="62" />
      <source>The “{column}” cell is empty</source>
      <extracomment>The import's own messages (``models.importing``: English templates), in the user's language; every other check's message is the domain's (:mod:`desktop.common.domain_text`).</extracomment>
      <translation>The “{column}” cell is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="65" />
      <source>The “{column}” cell is longer than {limit} characters</source>
      <translation>The “{column}” cell is longer than {limit} characters</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="66" />
      <source>{email} is also on row {row}</source>
      <translation>{email} is also on row {row}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="67" />
      <source>The same personnummer is also on row {row}</source>
      <translation>The same personnummer is also on row {row}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="68" />
      <source>{name} is also on row {row}</source>
      <translation>{name} is also on row {row}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="69" />
      <source>The personnummer belongs to {pnr_name}, the e-mail address to {email_name}</source>
      <translation>The personnummer belongs to {pnr_name}, the e-mail address to {email_name}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="73" />
      <source>The e-mail address belongs to {name}, who has another personnummer</source>
      <translation>The e-mail address belongs to {name}, who has another personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="76" />
      <source>Nobody in Kansli or in the file has the e-mail address {email}</source>
      <translation>Nobody in Kansli or in the file has the e-mail address {email}</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="79" />
      <source>At most {limit} rows can be imported at once</source>
      <translation>At most {limit} rows can be imported at once</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="98" />
      <source>There is no “%1” column. The first row must name the columns, such as “%2”, “%3” and “%4”.</source>
      <translation>There is no “%1” column. The first row must name the columns, such as “%2”, “%3” and “%4”.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="194" />
      <location filename="../../desktop/participants/import_dialog.py" line="353" />
      <source>Import participants</source>
      <extracomment>The import finished (an :class:`ImportResult`). A file was read and checked (the :class:`FilePreview`). What the import did (:meth:`result_text`), once it is done. The chosen round's (id, seats, registered), read after each check of the file.</extracomment>
      <translation>Import participants</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="196" />
      <source>No file chosen</source>
      <translation>No file chosen</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="198" />
      <source>Choose file…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="202" />
      <location filename="../../desktop/participants/import_dialog.py" line="215" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="204" />
      <location filename="../../desktop/participants/import_dialog.py" line="310" />
      <source>Choose a round…</source>
      <translation>Choose a round…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="206" />
      <location filename="../../desktop/participants/import_dialog.py" line="345" />
      <source>No approving manager</source>
      <translation>No approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="207" />
      <source>Choose approving manager…</source>
      <translation>Choose approving manager…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="209" />
      <source>The same approving manager for every participant of the file</source>
      <translation>The same approving manager for every participant of the file</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="214" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="216" />
      <location filename="../../desktop/participants/import_dialog.py" line="338" />
      <source>Approving manager for all</source>
      <translation>Approving manager for all</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="228" />
      <source>Choose a CSV or Excel file with a header row.</source>
      <translation>Choose a CSV or Excel file with a header row.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="256" />
      <source>Participants</source>
      <extracomment>Said once per file: a column the user's roles may not read is not imported. Offered when the file names organisations Kansli does not know (checked: created). The report of the last import (a message box over the window), once done.</extracomment>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="257" />
      <source>Errors</source>
      <translation>Errors</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="266" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="363" />
      <source>Reading the file…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="526" />
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="531" />
      <source>New person (organisation not found, left empty)</source>
      <translation>New person (organisation not found, left empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="428" />
      <source>No participants to import in this file.</source>
      <translation>No participants to import in this file.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="219" />
      <location filename="../../desktop/participants/import_dialog.py" line="221" />
      <source>Category for all</source>
      <translation>Category for all</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="220" />
      <location filename="../../desktop/participants/import_dialog.py" line="224" />
      <source>No category</source>
      <translation>No category</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="374" />
      <location filename="../../desktop/participants/import_dialog.py" line="565" />
      <source>The file could not be read: %1</source>
      <translation>The file could not be read: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="397" />
      <source>hidden in the workbook</source>
      <translation>hidden in the workbook</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="429" />
      <source>No errors.</source>
      <translation>No errors.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="430" />
      <source>Participants (%1)</source>
      <translation>Participants (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="431" />
      <source>Errors (%1)</source>
      <translation>Errors (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="435" />
      <source>The file's %1 column is not imported: only administrators and alumni officers may see or change it. The participants are imported without it.</source>
      <translation>The file's %1 column is not imported: only administrators and alumni officers may see or change it. The participants are imported without it.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="444" />
      <source>Read-only columns of a Kansli export, not imported: %1</source>
      <translation>Read-only columns of a Kansli export, not imported: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="453" />
      <source>Columns not read (Kansli does not know them): %1</source>
      <translation>Columns not read (Kansli does not know them): %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="459" />
      <source>Columns not read (an earlier column has the same meaning): %1</source>
      <translation>Columns not read (an earlier column has the same meaning): %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="468" />
      <source>Create the %n organisation(s) the file names that Kansli does not know: %1</source>
      <translation>
        <numerusform>Create the %Ln organisation the file names that Kansli does not know: %1</numerusform>
        <numerusform>Create the %Ln organisations the file names that Kansli does not know: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="493" />
      <source>“%1”</source>
      <translation>“%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="499" />
      <source>%1 is already on this round: skipped</source>
      <translation>%1 is already on this round: skipped</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="505" />
      <source>Existing person: %1 (matched by personnummer)</source>
      <translation>Existing person: %1 (matched by personnummer)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="507" />
      <source>Existing person: %1 (matched by personnummer; the file says %2)</source>
      <translation>Existing person: %1 (matched by personnummer; the file says %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="510" />
      <source>Existing person: %1 (matched by personnummer; adds e-mail %3)</source>
      <translation>Existing person: %1 (matched by personnummer; adds e-mail %3)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="513" />
      <source>Existing person: %1 (matched by personnummer; the file says %2; adds e-mail %3)</source>
      <translation>Existing person: %1 (matched by personnummer; the file says %2; adds e-mail %3)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="518" />
      <source>Existing person: %1 (matched by e-mail; the file says %2)</source>
      <translation>Existing person: %1 (matched by e-mail; the file says %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="520" />
      <source>Existing person: %1 (matched by e-mail)</source>
      <translation>Existing person: %1 (matched by e-mail)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="528" />
      <source>New person (organisation %1 will be created)</source>
      <translation>New person (organisation %1 will be created)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="548" />
      <source>phone %1 added</source>
      <translation>phone %1 added</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="599" />
      <source>Seats on the round: %1. %n participant(s) of the file will go on its waiting list</source>
      <translation>
        <numerusform>Seats on the round: %1. %Ln participant of the file will go on its waiting list</numerusform>
        <numerusform>Seats on the round: %1. %Ln participants of the file will go on its waiting list</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="539" />
      <source>keeps their phone %1, not the file's %2</source>
      <translation>keeps their phone %1, not the file's %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="550" />
      <source>organisation set: %1</source>
      <translation>organisation set: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="541" />
      <source>keeps their organisation %1, not the file's %2</source>
      <translation>keeps their organisation %1, not the file's %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="572" />
      <source>The file has %n error(s). Correct the file and choose it again: nothing is imported while the file has errors.</source>
      <translation>
        <numerusform>The file has %Ln error. Correct the file and choose it again: nothing is imported while the file has errors.</numerusform>
        <numerusform>The file has %Ln errors. Correct the file and choose it again: nothing is imported while the file has errors.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="579" />
      <source>The file has no participants.</source>
      <translation>The file has no participants.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="583" />
      <source>%n participant(s) to import</source>
      <translation>
        <numerusform>%Ln participant to import</numerusform>
        <numerusform>%Ln participants to import</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="584" />
      <location filename="../../desktop/participants/import_dialog.py" line="679" />
      <source>%n new to Kansli</source>
      <translation>
        <numerusform>%Ln new to Kansli</numerusform>
        <numerusform>%Ln new to Kansli</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="586" />
      <source>%n already on the round</source>
      <translation>
        <numerusform>%Ln already on the round</numerusform>
        <numerusform>%Ln already on the round</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="590" />
      <source>%n organisation(s) will be created: %1</source>
      <translation>
        <numerusform>%Ln organisation will be created: %1</numerusform>
        <numerusform>%Ln organisations will be created: %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="593" />
      <source>Choose the round to import onto.</source>
      <translation>Choose the round to import onto.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="632" />
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="637" />
      <source>Importing participants</source>
      <translation>Importing participants</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="657" />
      <source>Cancelled. Nothing was imported.</source>
      <translation>Cancelled. Nothing was imported.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="675" />
      <source>%n registration(s) added to the round, to be synced</source>
      <translation>
        <numerusform>%Ln registration added to the round, to be synced</numerusform>
        <numerusform>%Ln registrations added to the round, to be synced</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="681" />
      <source>%n already in Kansli</source>
      <translation>
        <numerusform>%Ln already in Kansli</numerusform>
        <numerusform>%Ln already in Kansli</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/import_dialog.py" line="683" />
      <source>%n already on the round, skipped</source>
      <translation>
        <numerusform>%Ln already on the round, skipped</numerusform>
        <numerusform>%Ln already on the round, skipped</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="690" />
      <location filename="../../desktop/sync_ui/describe.py" line="610" />
      <source>Row %1: </source>
      <translation>Row %1: </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="694" />
      <source>Nothing was imported. %1</source>
      <translation>Nothing was imported. %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="709" />
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
  </context>
  <context>
    <name>ImportFile</name>
    <message>
      <location filename="../../desktop/common/file_text.py" line="83" />
      <source>Read from the sheet “%1” of the workbook.</source>
      <translation>Read from the sheet “%1” of the workbook.</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="86" />
      <source>Read as CSV: text encoding %1, tab-separated.</source>
      <translation>Read as CSV: text encoding %1, tab-separated.</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="90" />
      <source>Read as CSV: text encoding %1, separator “%2”.</source>
      <translation>Read as CSV: text encoding %1, separator “%2”.</translation>
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
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="112" />
      <location filename="../../desktop/participants/import_ops.py" line="48" />
      <source>First name</source>
      <extracomment>Column names of the errors list, by the field the reader names: also the names the import recognises in each language (the hint of a missing column lists them).</extracomment>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="113" />
      <location filename="../../desktop/participants/import_ops.py" line="49" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="114" />
      <location filename="../../desktop/participants/import_ops.py" line="50" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="116" />
      <location filename="../../desktop/participants/import_ops.py" line="51" />
      <source>Phone</source>
      <translation>Phone</translation>
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
      <translation>Manager e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="119" />
      <source>In Kansli</source>
      <translation>In Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="129" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="130" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="132" />
      <source>Participant lists (*.csv *.xlsx *.tsv *.txt);;Excel workbook (*.xlsx);;CSV (*.csv *.tsv *.txt)</source>
      <translation>Participant lists (*.csv *.xlsx *.tsv *.txt);;Excel workbook (*.xlsx);;CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_dialog.py" line="152" />
      <source>Import participants</source>
      <translation>Import participants</translation>
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
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="56" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="209" />
      <source>The file is larger than %1 MB.</source>
      <extracomment>Larger files are refused before reading (a participant list is far smaller). What is wrong with the file itself or its rows' values. How the rows meet the local database (people found, round, organisations). Fields the file has a column for that are not imported: the user's roles may not read them (``models.visibility``; the personnummer for most roles). Headers of columns that are not read (unknown, or a field a column before has). How the file was read and what the reader did on its own (``models.tabular``). The organisations the import created (as the file names them). Row -&gt; the phone or organisation it gave its known person, or left as theirs.</extracomment>
      <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="216" />
      <source>The file cannot be read: %1</source>
      <translation>The file cannot be read: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_ops.py" line="351" />
      <source>No category “%1” in Kansli: add it in Edit › Person categories first.</source>
      <translation>No category “%1” in Kansli: add it in Edit › Person categories first.</translation>
    </message>
  </context>
  <context>
    <name>ImportSummary</name>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="36" />
      <source>New to Kansli (%1): rows %2</source>
      <translation>New to Kansli (%1): rows %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="40" />
      <source>Already in Kansli (%1): rows %2</source>
      <translation>Already in Kansli (%1): rows %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="44" />
      <source>Phone added to the person (%1): rows %2</source>
      <translation>Phone added to the person (%1): rows %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="48" />
      <source>Organisation set on the person (%1): rows %2</source>
      <translation>Organisation set on the person (%1): rows %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="54" />
      <source>The person's own phone kept, the file's not imported (%1): rows %2</source>
      <translation>The person's own phone kept, the file's not imported (%1): rows %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="61" />
      <source>The person's own organisation kept, the file's not imported (%1): rows %2</source>
      <translation>The person's own organisation kept, the file's not imported (%1): rows %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="68" />
      <source>Left out, already on the round (%1): rows %2</source>
      <translation>Left out, already on the round (%1): rows %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="81" />
      <source>Organisations created (%1): %2</source>
      <translation>Organisations created (%1): %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/import_summary.py" line="92" />
      <source>Import done</source>
      <translation>Import done</translation>
    </message>
  </context>
  <context>
    <name>InviteCustomerDialog</name>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="50" />
      <source>Invite customer to order</source>
      <extracomment>The invitation was sent: (what happened, in words).</extracomment>
      <translation>Invite customer to order</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="54" />
      <source>Customer organisation</source>
      <translation>Customer organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="61" />
      <source>Type to find the organisation</source>
      <translation>Type to find the organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="63" />
      <source>E-mail of who orders</source>
      <translation>E-mail of who orders</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="66" />
      <source>Customer &amp;organisation</source>
      <translation>Customer &amp;organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="67" />
      <source>&amp;E-mail of who orders</source>
      <translation>&amp;E-mail of who orders</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="70" />
      <source>The server mails them a link to the order page. The link is for them only, can be used once, and the order is placed in their name.</source>
      <translation>The server mails them a link to the order page. The link is for them only, can be used once, and the order is placed in their name.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="75" />
      <source>Send invitation</source>
      <translation>Send invitation</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="92" />
      <source>Inviting needs a connection to the server, and there is none now. Try again when online.</source>
      <extracomment>The organisations to choose from arrived from the local database.</extracomment>
      <translation>Inviting needs a connection to the server, and there is none now. Try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="131" />
      <source>A link to order for %1 was mailed to %2.</source>
      <translation>A link to order for %1 was mailed to %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/agent_orders/invite.py" line="134" />
      <source>A link to order for %1 was mailed to %2; it can be used once, until %3.</source>
      <translation>A link to order for %1 was mailed to %2; it can be used once, until %3.</translation>
    </message>
  </context>
  <context>
    <name>InviteDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="133" />
      <source>Invite user</source>
      <extracomment>(email, display name, roles)</extracomment>
      <translation>Invite user</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="134" />
      <location filename="../../desktop/admin/dialogs.py" line="144" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="135" />
      <location filename="../../desktop/admin/dialogs.py" line="145" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="139" />
      <source>The server mails the address an invitation with a link to choose a password (or, if the address already has an account, a note about the new roles).</source>
      <translation>The server mails the address an invitation with a link to choose a password (or, if the address already has an account, a note about the new roles).</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="147" />
      <source>Send invitation</source>
      <translation>Send invitation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="523" />
      <source>This is not an e-mail address.</source>
      <translation>This is not an e-mail address.</translation>
    </message>
  </context>
  <context>
    <name>KansliWebView</name>
    <message>
      <location filename="../../desktop/webview/view.py" line="207" />
      <source>Web page</source>
      <extracomment>Schemes the system may open when a page links to them (mail, BankID app on this device). Navigations a person started (a click, a form, a redirect after one) may go to the browser. A URL was handed to the system browser (or app). A navigation was refused (the URL's scheme and host, never its query: it may hold codes). A form of our server was submitted (the server may have changed data).</extracomment>
      <translation>Web page</translation>
    </message>
  </context>
  <context>
    <name>LevelApprovalDialog</name>
    <message>
      <location filename="../../desktop/people/levels.py" line="117" />
      <source>Add level approval</source>
      <translation>Add level approval</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="128" />
      <source>Choose a course…</source>
      <translation>Choose a course…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="130" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="133" />
      <source>The leader's name</source>
      <translation>The leader's name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="127" />
      <source>Course:</source>
      <translation>Course:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="131" />
      <source>Approved on:</source>
      <translation>Approved on:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="134" />
      <source>Approved by:</source>
      <translation>Approved by:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="136" />
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="139" />
      <source>Counts as the course completed: a booking of a course that requires it gets a place without waiting for review.</source>
      <translation>Counts as the course completed: a booking of a course that requires it gets a place without waiting for review.</translation>
    </message>
  </context>
  <context>
    <name>Levels</name>
    <message>
      <location filename="../../desktop/people/levels.py" line="100" />
      <source>Approved by %1</source>
      <translation>Approved by %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="102" />
      <source>Completed %1</source>
      <translation>Completed %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="106" />
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="107" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="108" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="109" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>LevelsTab</name>
    <message>
      <location filename="../../desktop/people/levels.py" line="186" />
      <source>No completed courses or level approvals yet.</source>
      <extracomment>What "completed" counts from.</extracomment>
      <translation>No completed courses or level approvals yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="187" />
      <source>Add level approval…</source>
      <translation>Add level approval…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="188" />
      <source>Remove approval</source>
      <translation>Remove approval</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="232" />
      <source>Removed the approval of %1. Edit › Undo restores it.</source>
      <translation>Removed the approval of %1. Edit › Undo restores it.</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="../../desktop/login.py" line="69" />
      <source>This version of Kansli (%1) is older than the server accepts: install version %2 or later and sign in again.</source>
      <translation>This version of Kansli (%1) is older than the server accepts: install version %2 or later and sign in again.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="78" />
      <source>Wrong e-mail address or password.</source>
      <translation>Wrong e-mail address or password.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="80" />
      <source>The server cannot be reached: %1</source>
      <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="84" />
      <source>Too many attempts; wait a minute and try again.</source>
      <translation>Too many attempts; wait a minute and try again.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="88" />
      <source>Your account has no access to this organisation.</source>
      <translation>Your account has no access to this organisation.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="92" />
      <source>You belong to several organisations: choose one and sign in again.</source>
      <translation>You belong to several organisations: choose one and sign in again.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="109" />
      <source>This computer's copy of the account is open in another Kansli window: close it and try again. Nothing was changed.</source>
      <translation>This computer's copy of the account is open in another Kansli window: close it and try again. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="115" />
      <source>This computer's copy of the account cannot be opened with the key kept for it; sign in with your password. Nothing was changed.</source>
      <translation>This computer's copy of the account cannot be opened with the key kept for it; sign in with your password. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="123" />
      <source>Type your password to open this computer's copy of the account without the server.</source>
      <translation>Type your password to open this computer's copy of the account without the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="127" />
      <source>The password does not open this computer's copy of the account; connect to the server and sign in.</source>
      <translation>The password does not open this computer's copy of the account; connect to the server and sign in.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="132" />
      <source>This computer's copy of the account opens offline only after one sign-in with the server.</source>
      <translation>This computer's copy of the account opens offline only after one sign-in with the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="137" />
      <source>This computer's copy of the account was locked with another password and the password store does not hold its key: sign in with the password you had when you last signed in on this computer.</source>
      <translation>This computer's copy of the account was locked with another password and the password store does not hold its key: sign in with the password you had when you last signed in on this computer.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../desktop/login.py" line="167" />
      <source>Sign in to Kansli</source>
      <extracomment>Where the accounts' local databases live (the user data folder by default).</extracomment>
      <translation>Sign in to Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="169" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="171" />
      <location filename="../../desktop/login.py" line="199" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="175" />
      <location filename="../../desktop/login.py" line="200" />
      <source>Password</source>
      <translation>Password</translation>
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
      <translation>You belong to several organisations: choose one</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="183" />
      <source>Remember me on this computer</source>
      <extracomment>(server, e-mail) the listed organisations belong to.</extracomment>
      <translation>Remember me on this computer</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="185" />
      <source>Forgot password?</source>
      <translation>Forgot password?</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="189" />
      <source>Get a mail with a link to choose a new password</source>
      <translation>Get a mail with a link to choose a new password</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="198" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="205" />
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="207" />
      <source>Work offline</source>
      <translation>Work offline</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="210" />
      <source>Open this computer's copy of your data with your password; changes are sent when online</source>
      <translation>Open this computer's copy of your data with your password; changes are sent when online</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="330" />
      <source>Signing in as %1…</source>
      <translation>Signing in as %1…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="353" />
      <source>Sign in with your password.</source>
      <translation>Sign in with your password.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="364" />
      <source>Signing in…</source>
      <translation>Signing in…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="420" />
      <source>Type your e-mail address first, then choose “Forgot password?”.</source>
      <translation>Type your e-mail address first, then choose “Forgot password?”.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="424" />
      <source>Asking the server…</source>
      <translation>Asking the server…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="442" />
      <source>If %1 has an account on this server, a mail with a link to choose a new password is on its way. The link works once and for a limited time.</source>
      <translation>If %1 has an account on this server, a mail with a link to choose a new password is on its way. The link works once and for a limited time.</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="453" />
      <source>Opening this computer's copy…</source>
      <translation>Opening this computer's copy…</translation>
    </message>
    <message>
      <location filename="../../desktop/login.py" line="461" />
      <source>This computer has no data of the account yet; sign in online once</source>
      <translation>This computer has no data of the account yet; sign in online once</translation>
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
      <translation>Courses</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="125" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="126" />
      <source>Alumni queue</source>
      <translation>Alumni queue</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="127" />
      <source>Agent orders</source>
      <translation>Agent orders</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="128" />
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="152" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="197" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="200" />
      <source>&amp;Export list…</source>
      <translation>&amp;Export list…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="203" />
      <source>Save the current list as CSV or Excel</source>
      <translation>Save the current list as CSV or Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="207" />
      <source>&amp;Print list…</source>
      <translation>&amp;Print list…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="210" />
      <source>Print the current list (with preview)</source>
      <translation>Print the current list (with preview)</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="215" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="220" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="222" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="224" />
      <location filename="../../desktop/mainwindow.py" line="547" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="229" />
      <source>&amp;Find</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="232" />
      <source>Search the current list</source>
      <translation>Search the current list</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="235" />
      <source>Select &amp;all</source>
      <translation>Select &amp;all</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="240" />
      <source>Person &amp;categories…</source>
      <translation>Person &amp;categories…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="243" />
      <source>The categories persons can have (such as Alumnus): add, rename, archive</source>
      <translation>The categories persons can have (such as Alumnus): add, rename, archive</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="246" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="248" />
      <source>&amp;Reload the current list</source>
      <translation>&amp;Reload the current list</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="251" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="254" />
      <source>&amp;Courses</source>
      <translation>&amp;Courses</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="255" />
      <source>&amp;Participants</source>
      <translation>&amp;Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="256" />
      <source>&amp;Alumni queue</source>
      <translation>&amp;Alumni queue</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="257" />
      <source>A&amp;gent orders</source>
      <translation>A&amp;gent orders</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="258" />
      <source>&amp;Organisations</source>
      <translation>&amp;Organisations</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="268" />
      <source>Close &amp;tab</source>
      <translation>Close &amp;tab</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="274" />
      <source>&amp;Notifications…</source>
      <translation>&amp;Notifications…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="277" />
      <source>Show your notifications from the server</source>
      <translation>Show your notifications from the server</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="282" />
      <source>Sign-ups for &amp;review…</source>
      <translation>Sign-ups for &amp;review…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="285" />
      <source>Bookings that wait for review: a required course missing, fees overdue</source>
      <translation>Bookings that wait for review: a required course missing, fees overdue</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="299" />
      <source>Check-&amp;in…</source>
      <translation>Check-&amp;in…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="302" />
      <source>Full-screen check-in at one of today's sessions: scanner, camera or typed</source>
      <translation>Full-screen check-in at one of today's sessions: scanner, camera or typed</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="495" />
      <source>Re&amp;ports</source>
      <translation>Re&amp;ports</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="505" />
      <source>Activity grants (&amp;LOK-stöd)…</source>
      <translation>Activity grants (&amp;LOK-stöd)…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="508" />
      <source>What the period's attendance counts for LOK-stöd or a municipal grant</source>
      <translation>What the period's attendance counts for LOK-stöd or a municipal grant</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="307" />
      <source>&amp;Actions</source>
      <translation>&amp;Actions</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="291" />
      <source>&amp;Service-desk cases…</source>
      <translation>&amp;Service-desk cases…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="294" />
      <source>The service desk's cases of attested agent orders, with their notes</source>
      <translation>The service desk's cases of attested agent orders, with their notes</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="311" />
      <source>&amp;Sync</source>
      <translation>&amp;Sync</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="314" />
      <source>Sync &amp;now</source>
      <translation>Sync &amp;now</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="317" />
      <source>Send local changes and fetch the server's</source>
      <translation>Send local changes and fetch the server's</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="319" />
      <source>Sync &amp;issues…</source>
      <translation>Sync &amp;issues…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="322" />
      <source>Ad&amp;ministration</source>
      <translation>Ad&amp;ministration</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="325" />
      <source>&amp;Users…</source>
      <translation>&amp;Users…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="328" />
      <source>Invite users, change their roles, deactivate them, end their sessions</source>
      <translation>Invite users, change their roles, deactivate them, end their sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="332" />
      <source>&amp;Agent users…</source>
      <translation>&amp;Agent users…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="336" />
      <source>Give an agent organisation's users the roles Agent case handler and Attestant</source>
      <translation>Give an agent organisation's users the roles Agent case handler and Attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="341" />
      <source>Agent-order &amp;settings…</source>
      <translation>Agent-order &amp;settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="344" />
      <source>Whether case handlers approve and reject agent orders with BankID</source>
      <translation>Whether case handlers approve and reject agent orders with BankID</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="348" />
      <source>R&amp;etention…</source>
      <translation>R&amp;etention…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="351" />
      <source>How long personal data no longer needed is kept, and what was removed</source>
      <translation>How long personal data no longer needed is kept, and what was removed</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="355" />
      <source>&amp;Notification follow-up…</source>
      <translation>&amp;Notification follow-up…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="358" />
      <source>Every mail and SMS sent: to whom, when, and whether it arrived or failed</source>
      <translation>Every mail and SMS sent: to whom, when, and whether it arrived or failed</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="362" />
      <source>Audit &amp;log…</source>
      <translation>Audit &amp;log…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="365" />
      <source>Who read personnummer or changed users, roles and settings, and when</source>
      <translation>Who read personnummer or changed users, roles and settings, and when</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="369" />
      <source>Message &amp;templates…</source>
      <translation>Message &amp;templates…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="373" />
      <source>The texts of the mails and SMS Kansli sends, per event, drafted and published</source>
      <translation>The texts of the mails and SMS Kansli sends, per event, drafted and published</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="388" />
      <source>Notification &amp;bindings…</source>
      <translation>Notification &amp;bindings…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="390" />
      <source>Which template each event sends, where, to whom, by e-mail or SMS</source>
      <translation>Which template each event sends, where, to whom, by e-mail or SMS</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="393" />
      <source>Notification &amp;recipients…</source>
      <translation>Notification &amp;recipients…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="395" />
      <source>The people who get notifications as static recipients</source>
      <translation>The people who get notifications as static recipients</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="398" />
      <source>&amp;Prices…</source>
      <translation>&amp;Prices…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="400" />
      <source>What courses cost: for all courses, a category or one round</source>
      <translation>What courses cost: for all courses, a category or one round</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="403" />
      <source>&amp;Discounts…</source>
      <translation>&amp;Discounts…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="405" />
      <source>Discounts of sign-ups, such as for a second course the same term</source>
      <translation>Discounts of sign-ups, such as for a second course the same term</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="408" />
      <source>&amp;Membership types…</source>
      <translation>&amp;Membership types…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="410" />
      <source>Membership types and the fee a non-member pays with a course</source>
      <translation>Membership types and the fee a non-member pays with a course</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="434" />
      <source>Acco&amp;unting</source>
      <translation>Acco&amp;unting</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="438" />
      <source>&amp;Economics report…</source>
      <translation>&amp;Economics report…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="441" />
      <source>Invoiced, paid and outstanding per course, category or term, with a chart</source>
      <translation>Invoiced, paid and outstanding per course, category or term, with a chart</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="445" />
      <source>&amp;Payment settings…</source>
      <translation>&amp;Payment settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="448" />
      <source>Bankgiro, due days, reminders and late interest, the invoices' sender</source>
      <translation>Bankgiro, due days, reminders and late interest, the invoices' sender</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="452" />
      <source>&amp;Reminders…</source>
      <translation>&amp;Reminders…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="455" />
      <source>Invoices reminded and still unpaid, and those for collection, with amounts</source>
      <translation>Invoices reminded and still unpaid, and those for collection, with amounts</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="459" />
      <source>&amp;Import BgMax file…</source>
      <translation>&amp;Import BgMax file…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="462" />
      <source>Import a Bankgirot BgMax file: its payments matched to invoices by OCR</source>
      <translation>Import a Bankgirot BgMax file: its payments matched to invoices by OCR</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="466" />
      <source>&amp;Unmatched payments…</source>
      <translation>&amp;Unmatched payments…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="469" />
      <source>Payments no invoice was found for, to match by hand</source>
      <translation>Payments no invoice was found for, to match by hand</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="473" />
      <source>Re&amp;funds…</source>
      <translation>Re&amp;funds…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="476" />
      <source>Money owed back to people: pay it by card or bank, pay out credit</source>
      <translation>Money owed back to people: pay it by card or bank, pay out credit</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="481" />
      <source>&amp;Accounting settings…</source>
      <translation>&amp;Accounting settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="484" />
      <source>The bookkeeping account of each purpose, with cost centre and project</source>
      <translation>The bookkeeping account of each purpose, with cost centre and project</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="488" />
      <source>Export &amp;SIE file…</source>
      <translation>Export &amp;SIE file…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="491" />
      <source>The period's vouchers and balances as a SIE 4 file</source>
      <translation>The period's vouchers and balances as a SIE 4 file</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="498" />
      <source>Re&amp;turning participants…</source>
      <translation>Re&amp;turning participants…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="501" />
      <source>Per course or category and term: who came back, from which earlier course</source>
      <translation>Per course or category and term: who came back, from which earlier course</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="511" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="514" />
      <source>Kansli &amp;manual</source>
      <translation>Kansli &amp;manual</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="517" />
      <source>Participants, import, the alumni queue, sync and offline work, printing</source>
      <translation>Participants, import, the alumni queue, sync and offline work, printing</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="521" />
      <source>&amp;Keyboard shortcuts…</source>
      <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="524" />
      <source>Every key of the menus and the lists</source>
      <translation>Every key of the menus and the lists</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="527" />
      <source>&amp;About Kansli</source>
      <translation>&amp;About Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="540" />
      <source>No actions on this tab</source>
      <translation>No actions on this tab</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="547" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="594" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="605" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="653" />
      <source>Undo failed</source>
      <translation>Undo failed</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="658" />
      <source>Not connected to a server: sign in to sync.</source>
      <translation>Not connected to a server: sign in to sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="662" />
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="667" />
      <source>Your roles were changed: Kansli now shows what they allow.</source>
      <translation>Your roles were changed: Kansli now shows what they allow.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="819" />
      <source>Export list</source>
      <translation>Export list</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/mainwindow.py" line="832" />
      <source>%n row(s) exported to %1</source>
      <translation>
        <numerusform>%Ln row exported to %1</numerusform>
        <numerusform>%Ln rows exported to %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="838" />
      <source>Export failed</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="873" />
      <source>About Kansli</source>
      <translation>About Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="875" />
      <source>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Back office for courses, registrations, alumni and agent orders.&lt;/p&gt;&lt;p&gt;Local database: %2&lt;br&gt;Log file: %3&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Kansli %1&lt;/h3&gt;&lt;p&gt;Back office for courses, registrations, alumni and agent orders.&lt;/p&gt;&lt;p&gt;Local database: %2&lt;br&gt;Log file: %3&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="889" />
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="891" />
      <source>“%1” failed. No data was lost: what was saved before is still there.</source>
      <translation>“%1” failed. No data was lost: what was saved before is still there.</translation>
    </message>
    <message>
      <location filename="../../desktop/mainwindow.py" line="898" />
      <source>The disk is full: “%1” was not saved (nothing of it was). Free some space and try again; what was saved before is still there.</source>
      <translation>The disk is full: “%1” was not saved (nothing of it was). Free some space and try again; what was saved before is still there.</translation>
    </message>
  </context>
  <context>
    <name>ManagerPreview</name>
    <message>
      <location filename="../../desktop/participants/preview.py" line="41" />
      <source>%1 on %2</source>
      <translation>%1 on %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="45" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="46" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="47" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="49" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="53" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="56" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="57" />
      <source>Manager's e-mail</source>
      <translation>Manager's e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="58" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="59" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="61" />
      <source>As saved on this computer; the server may know more.</source>
      <translation>As saved on this computer; the server may know more.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="75" />
      <source>Preview manager page</source>
      <translation>Preview manager page</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="76" />
      <source>The approving manager's page</source>
      <translation>The approving manager's page</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="77" />
      <source>Exactly what the approving manager sees behind the link in the e-mail. This preview is read-only and uses up no link.</source>
      <translation>Exactly what the approving manager sees behind the link in the e-mail. This preview is read-only and uses up no link.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="85" />
      <source>The manager sees the page in the language of their browser; choose another to see it as they do.</source>
      <translation>The manager sees the page in the language of their browser; choose another to see it as they do.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/preview.py" line="97" />
      <source>The approving manager's page: %1</source>
      <translation>The approving manager's page: %1</translation>
    </message>
  </context>
  <context>
    <name>ManualDialog</name>
    <message>
      <location filename="../../desktop/help.py" line="140" />
      <source>Kansli manual</source>
      <translation>Kansli manual</translation>
    </message>
  </context>
  <context>
    <name>MarkPaidDialog</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="119" />
      <source>Mark refund as paid</source>
      <translation>Mark refund as paid</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="114" />
      <source>Pay %1 back to %2 from the bank, then mark it paid here: it is booked and %2 gets a notice.</source>
      <translation>Pay %1 back to %2 from the bank, then mark it paid here: it is booked and %2 gets a notice.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="122" />
      <source>Clearing and account number (optional)</source>
      <translation>Clearing and account number (optional)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="124" />
      <source>Paid to &amp;account:</source>
      <translation>Paid to &amp;account:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="125" />
      <source>Mark as &amp;paid</source>
      <translation>Mark as &amp;paid</translation>
    </message>
  </context>
  <context>
    <name>MatchDialog</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="259" />
      <source>Match payment to an invoice</source>
      <extracomment>The invoice chosen (its id). Find invoices for this text.</extracomment>
      <translation>Match payment to an invoice</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="263" />
      <source>Deduction of %1 (money the bank took back) on %2, reference “%3”, from %4: matched, it takes back what the invoice's payments brought in.</source>
      <translation>Deduction of %1 (money the bank took back) on %2, reference “%3”, from %4: matched, it takes back what the invoice's payments brought in.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="267" />
      <source>Payment of %1 on %2, reference “%3”, from %4.</source>
      <translation>Payment of %1 on %2, reference “%3”, from %4.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="280" />
      <source>OCR reference, invoice number or name…</source>
      <translation>OCR reference, invoice number or name…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="283" />
      <source>Find invoice</source>
      <translation>Find invoice</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="285" />
      <source>&amp;Find invoice:</source>
      <translation>&amp;Find invoice:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="293" />
      <source>&amp;Match</source>
      <translation>&amp;Match</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="310" />
      <source>No invoice found.</source>
      <translation>No invoice found.</translation>
    </message>
  </context>
  <context>
    <name>MembershipTypeDialog</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="143" />
      <source>New membership type</source>
      <translation>New membership type</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="144" />
      <source>Edit membership type</source>
      <translation>Edit membership type</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="148" />
      <source>Such as Membership 2027</source>
      <translation>Such as Membership 2027</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="148" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="150" />
      <source>Fee (kr):</source>
      <translation>Fee (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="154" />
      <source>Someone who is not a member on a round's first day pays the fee with the course, when the round's price rule names this membership type.</source>
      <translation>Someone who is not a member on a round's first day pays the fee with the course, when the round's price rule names this membership type.</translation>
    </message>
  </context>
  <context>
    <name>MembershipTypesWindow</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="169" />
      <source>Membership types</source>
      <translation>Membership types</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="170" />
      <source>No membership types yet: New… adds one with its fee.</source>
      <translation>No membership types yet: New… adds one with its fee.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="173" />
      <source>Price rules can no longer name it; members stay members</source>
      <translation>Price rules can no longer name it; members stay members</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="191" />
      <source>Merge persons</source>
      <translation>Merge persons</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="196" />
      <source>Keep %1 (the matched person)</source>
      <translation>Keep %1 (the matched person)</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="198" />
      <source>Keep %1</source>
      <translation>Keep %1</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="202" />
      <source>Counting what moves…</source>
      <translation>Counting what moves…</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="207" />
      <source>Nothing is lost: every registration and activity moves to the person kept, e-mail addresses and phone numbers join theirs, and their empty fields are filled. The merge is recorded in the audit log and on the timeline. It needs a connection and cannot be undone here.</source>
      <translation>Nothing is lost: every registration and activity moves to the person kept, e-mail addresses and phone numbers join theirs, and their empty fields are filled. The merge is recorded in the audit log and on the timeline. It needs a connection and cannot be undone here.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="214" />
      <source>Merge</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="231" />
      <source>From %1 to %2 moves:</source>
      <translation>From %1 to %2 moves:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="238" />
      <source>nothing this computer knows of.</source>
      <translation>nothing this computer knows of.</translation>
    </message>
  </context>
  <context>
    <name>ModelExport</name>
    <message>
      <location filename="../../desktop/common/model_export.py" line="32" />
      <source>Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)</source>
      <translation>Excel workbook (*.xlsx);;CSV, comma or semicolon separated (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>NotesSection</name>
    <message>
      <location filename="../../desktop/participants/notes.py" line="73" />
      <source>Internal notes</source>
      <extracomment>A note was written or withdrawn here (its registration's id).</extracomment>
      <translation>Internal notes</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="79" />
      <source>Write down what happened outside Kansli, e.g. an approval by phone</source>
      <translation>Write down what happened outside Kansli, e.g. an approval by phone</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="99" />
      <source>Add note…</source>
      <translation>Add note…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="105" />
      <source>No notes yet.</source>
      <translation>No notes yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="132" />
      <source>(not yet sent)</source>
      <translation>(not yet sent)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="136" />
      <source>Withdrawn by %1 on %2</source>
      <translation>Withdrawn by %1 on %2</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="147" />
      <source>Withdraw…</source>
      <translation>Withdraw…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="184" />
      <location filename="../../desktop/participants/notes.py" line="188" />
      <source>Withdraw note</source>
      <translation>Withdraw note</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="186" />
      <source>Withdraw this note? It stays on the registration, marked as withdrawn by you.</source>
      <translation>Withdraw this note? It stays on the registration, marked as withdrawn by you.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/notes.py" line="189" />
      <source>Keep</source>
      <translation>Keep</translation>
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
      <translation>Notification</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="304" />
      <source>Queued:</source>
      <translation>Queued:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="305" />
      <source>Event:</source>
      <translation>Event:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="306" />
      <source>Template:</source>
      <translation>Template:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="307" />
      <source>Recipient as:</source>
      <translation>Recipient as:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="309" />
      <source>Channel:</source>
      <translation>Channel:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="308" />
      <source>Recipient:</source>
      <translation>Recipient:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="320" />
      <source>Subject:</source>
      <translation>Subject:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="310" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="311" />
      <source>When:</source>
      <translation>When:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="312" />
      <source>Answer:</source>
      <translation>Answer:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="321" />
      <source>Attempts:</source>
      <translation>Attempts:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="331" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="332" />
      <source>Asking the server…</source>
      <translation>Asking the server…</translation>
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
      <translation>Approval request to a manager</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="52" />
      <source>Offer of a place (waiting list)</source>
      <translation>Offer of a place (waiting list)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="55" />
      <source>Sign-up confirmation</source>
      <translation>Sign-up confirmation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="56" />
      <source>Sign-up already made</source>
      <translation>Sign-up already made</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="57" />
      <source>Invitation to Kansli</source>
      <translation>Invitation to Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="58" />
      <source>Password reset</source>
      <translation>Password reset</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="59" />
      <source>Access granted</source>
      <translation>Access granted</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="60" />
      <source>Alumni: confirm details</source>
      <translation>Alumni: confirm details</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="61" />
      <source>Alumni: link to unregister</source>
      <translation>Alumni: link to unregister</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="64" />
      <source>Alumni: membership ended</source>
      <translation>Alumni: membership ended</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="67" />
      <source>Alumni: registration approved</source>
      <translation>Alumni: registration approved</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="68" />
      <source>Alumni: registration denied</source>
      <translation>Alumni: registration denied</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="69" />
      <source>Alumni: approval withdrawn</source>
      <translation>Alumni: approval withdrawn</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="72" />
      <source>Agent order: invitation to order</source>
      <translation>Agent order: invitation to order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="75" />
      <source>Agent order: received</source>
      <translation>Agent order: received</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="76" />
      <source>Agent order: awaits review</source>
      <translation>Agent order: awaits review</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="79" />
      <source>Agent order: in review</source>
      <translation>Agent order: in review</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="80" />
      <source>Agent order: awaits attestation</source>
      <translation>Agent order: awaits attestation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="83" />
      <source>Agent order: customer to attest</source>
      <translation>Agent order: customer to attest</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="86" />
      <source>Agent order: attested</source>
      <translation>Agent order: attested</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="89" />
      <source>Agent order: rejected</source>
      <translation>Agent order: rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="90" />
      <source>Agent order: start connection</source>
      <translation>Agent order: start connection</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="93" />
      <source>Agent order: case created</source>
      <translation>Agent order: case created</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="96" />
      <source>Agent order: attestation declined</source>
      <translation>Agent order: attestation declined</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="99" />
      <source>Service desk: new case</source>
      <translation>Service desk: new case</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="102" />
      <source>Notice of a failed mail</source>
      <translation>Notice of a failed mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="103" />
      <source>Signing code (SMS)</source>
      <translation>Signing code (SMS)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="108" />
      <location filename="../../desktop/admin/followup.py" line="201" />
      <source>Queued</source>
      <extracomment>How a notification went (sync.mail.STATUSES), in the order of its life.</extracomment>
      <translation>Queued</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="109" />
      <source>Sending</source>
      <translation>Sending</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="110" />
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="111" />
      <source>Delivered</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="112" />
      <source>Failed</source>
      <translation>Failed</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="113" />
      <source>Bounced</source>
      <translation>Bounced</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="118" />
      <source>Participant</source>
      <extracomment>Whom a notification went to, as (server.services.notify's recipient kinds).</extracomment>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="119" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="120" />
      <source>Contact (notification recipient)</source>
      <translation>Contact (notification recipient)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="121" />
      <source>Static recipient</source>
      <translation>Static recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="122" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="123" />
      <source>Address given</source>
      <translation>Address given</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="124" />
      <source>Service desk</source>
      <translation>Service desk</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="131" />
      <source>E-mail</source>
      <extracomment>A failed or bounced notification is shown in this colour (and says so in words).</extracomment>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="132" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="173" />
      <source>%1 (version %2)</source>
      <translation>%1 (version %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="178" />
      <source>Shipped default</source>
      <translation>Shipped default</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="202" />
      <location filename="../../desktop/admin/followup.py" line="375" />
      <source>Event</source>
      <extracomment>How many match on the server (the list holds the newest of them).</extracomment>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="205" />
      <location filename="../../desktop/admin/followup.py" line="381" />
      <source>Template</source>
      <translation>Template</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="206" />
      <source>The message template and the version of it that was sent (the shipped default when no template of yours was bound)</source>
      <translation>The message template and the version of it that was sent (the shipped default when no template of yours was bound)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="215" />
      <source>Recipient as</source>
      <translation>Recipient as</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="219" />
      <location filename="../../desktop/admin/followup.py" line="395" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="218" />
      <source>Recipient</source>
      <translation>Recipient</translation>
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
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="224" />
      <source>When it was sent, delivered or bounced</source>
      <translation>When it was sent, delivered or bounced</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="231" />
      <source>Answer</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="232" />
      <source>What the mail server or SMS gateway answered last (why it failed or waits)</source>
      <translation>What the mail server or SMS gateway answered last (why it failed or waits)</translation>
    </message>
  </context>
  <context>
    <name>NotificationFollowUpWindow</name>
    <message>
      <location filename="../../desktop/admin/followup.py" line="348" />
      <source>Notification follow-up</source>
      <translation>Notification follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="401" />
      <source>Recipient</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="401" />
      <source>Address or number</source>
      <translation>Address or number</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="403" />
      <source>From date</source>
      <translation>From date</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="404" />
      <source>To date</source>
      <translation>To date</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="406" />
      <source>E&amp;vent:</source>
      <translation>E&amp;vent:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="407" />
      <source>Te&amp;mplate:</source>
      <translation>Te&amp;mplate:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="408" />
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="409" />
      <source>C&amp;hannel:</source>
      <translation>C&amp;hannel:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="410" />
      <source>Re&amp;cipient:</source>
      <translation>Re&amp;cipient:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="411" />
      <source>F&amp;rom:</source>
      <translation>F&amp;rom:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="412" />
      <source>T&amp;o:</source>
      <translation>T&amp;o:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="419" />
      <source>The selected notification with its text</source>
      <translation>The selected notification with its text</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="420" />
      <source>Write the notifications shown to an Excel or CSV file</source>
      <translation>Write the notifications shown to an Excel or CSV file</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="424" />
      <source>&amp;Show notification…</source>
      <translation>&amp;Show notification…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="425" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="430" />
      <source>Notification actions</source>
      <translation>Notification actions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="432" />
      <source>Find a recipient, subject or answer…</source>
      <translation>Find a recipient, subject or answer…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="483" />
      <source>The newest %1 of %2 are listed: choose an event, status or days to see others.</source>
      <translation>The newest %1 of %2 are listed: choose an event, status or days to see others.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="479" />
      <source>No notification matches the filter.</source>
      <translation>No notification matches the filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="473" />
      <source>No notification matches the filters chosen above.</source>
      <translation>No notification matches the filters chosen above.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="523" />
      <source>Export notifications</source>
      <translation>Export notifications</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/followup.py" line="526" />
      <source>%n notification(s) exported to %1</source>
      <translation>
        <numerusform>%Ln notification exported to %1</numerusform>
        <numerusform>%Ln notifications exported to %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Notifications</name>
    <message>
      <location filename="../../desktop/notifications/view.py" line="28" />
      <location filename="../../desktop/notifications/view.py" line="32" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="33" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="34" />
      <source>Notification</source>
      <translation>Notification</translation>
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
      <translation>Notifications (%1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/notifications/view.py" line="77" />
      <source>%n unread notification(s)</source>
      <translation>
        <numerusform>%Ln unread notification</numerusform>
        <numerusform>%Ln unread notifications</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="79" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="80" />
      <source>No unread notifications</source>
      <translation>No unread notifications</translation>
    </message>
  </context>
  <context>
    <name>NotificationsDialog</name>
    <message>
      <location filename="../../desktop/notifications/view.py" line="115" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="127" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="128" />
      <source>Mark read</source>
      <translation>Mark read</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="129" />
      <source>Mark all read</source>
      <translation>Mark all read</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="130" />
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="152" />
      <source>No notifications.</source>
      <translation>No notifications.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/notifications/view.py" line="158" />
      <source>%n unread</source>
      <translation>
        <numerusform>%Ln unread</numerusform>
        <numerusform>%Ln unread</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="162" />
      <source>%1 (showing the list of %2)</source>
      <translation>%1 (showing the list of %2)</translation>
    </message>
    <message>
      <location filename="../../desktop/notifications/view.py" line="167" />
      <source>updated %1</source>
      <translation>updated %1</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="57" />
      <source>New organisation</source>
      <extracomment>Each kind's commands. Each kind's dialog titles, New and Edit (the translation context first).</extracomment>
      <translation>New organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="58" />
      <source>Edit organisation</source>
      <translation>Edit organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="152" />
      <source>NNNNNN-NNNN</source>
      <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="154" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="155" />
      <source>Organisation number:</source>
      <translation>Organisation number:</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="156" />
      <source>City:</source>
      <translation>City:</translation>
    </message>
  </context>
  <context>
    <name>Organisations</name>
    <message>
      <location filename="../../desktop/organisations/view.py" line="67" />
      <source>Main contact</source>
      <translation>Main contact</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="68" />
      <source>Organisation number</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="71" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="72" />
      <location filename="../../desktop/organisations/view.py" line="88" />
      <source>Customer number</source>
      <translation>Customer number</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="74" />
      <location filename="../../desktop/organisations/view.py" line="87" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="75" />
      <source>Contracts</source>
      <translation>Contracts</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="79" />
      <source>Contract</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="80" />
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="81" />
      <source>Ends</source>
      <translation>Ends</translation>
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
      <translation>New &amp;customer…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="109" />
      <source>E&amp;dit customer…</source>
      <translation>E&amp;dit customer…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="110" />
      <source>A&amp;rchive customer</source>
      <translation>A&amp;rchive customer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="114" />
      <source>New c&amp;ontract…</source>
      <translation>New c&amp;ontract…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="115" />
      <source>Edi&amp;t contract…</source>
      <translation>Edi&amp;t contract…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="116" />
      <source>Archive co&amp;ntract</source>
      <translation>Archive co&amp;ntract</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="120" />
      <source>New &amp;organisation…</source>
      <translation>New &amp;organisation…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="121" />
      <source>E&amp;dit organisation…</source>
      <translation>E&amp;dit organisation…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="122" />
      <source>A&amp;rchive organisation</source>
      <translation>A&amp;rchive organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="111" />
      <source>Restore customer</source>
      <translation>Restore customer</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="117" />
      <source>Restore contract</source>
      <translation>Restore contract</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="123" />
      <source>Restore organisation</source>
      <translation>Restore organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="126" />
      <source>&amp;New agent…</source>
      <translation>&amp;New agent…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="127" />
      <source>E&amp;dit agent…</source>
      <translation>E&amp;dit agent…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="128" />
      <source>A&amp;rchive agent</source>
      <translation>A&amp;rchive agent</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="129" />
      <source>Restore agent</source>
      <translation>Restore agent</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsView</name>
    <message>
      <location filename="../../desktop/organisations/view.py" line="179" />
      <source>Search name, number or city…</source>
      <extracomment>Each list's column widths (the last column takes the rest). The tables the lists show (not person: an import's thousands of persons would reload them for nothing; a renamed main contact shows at the next change or search). "A&amp;rchive customer" / "Restore customer" (English sources, context Organisations).</extracomment>
      <translation>Search name, number or city…</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="182" />
      <source>Show archived</source>
      <extracomment>The newest read of each list (by its name).</extracomment>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="202" />
      <location filename="../../desktop/organisations/view.py" line="211" />
      <location filename="../../desktop/organisations/view.py" line="212" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="203" />
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="204" />
      <source>Agents</source>
      <translation>Agents</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="257" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="321" />
      <source>Nothing matches the search.</source>
      <translation>Nothing matches the search.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="324" />
      <source>No contracts yet — New contract… adds one.</source>
      <translation>No contracts yet — New contract… adds one.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="326" />
      <source>Select a customer to see its contracts.</source>
      <translation>Select a customer to see its contracts.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="328" />
      <source>None yet — add one with the button below.</source>
      <translation>None yet — add one with the button below.</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="342" />
      <source>Contracts of %1</source>
      <translation>Contracts of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/view.py" line="342" />
      <source>Contracts</source>
      <translation>Contracts</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/organisations/view.py" line="357" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%Ln row</numerusform>
        <numerusform>%Ln rows</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="322" />
      <source>Let in anyway</source>
      <extracomment>How long an answer stays (ms) when no other scan comes: green, red. The camera: at most one frame decoded per this many ms; the same code again within ``REPEAT_MS`` is the same card still held up, not a new scan. A frame without a barcode is read for an ID document's MRZ (OCR, slower) at most once per this many ms. The answer's colours (white text on both: contrast over 4.5:1). How often an open station asks the server again for the overdue fees (ms). "18:02" (local time), or "" when marked present without a time. The last sound asked for ("ok", "refused"), played or not. Whether ID documents' MRZs are read (Tesseract is installed).</extracomment>
      <translation>Let in anyway</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="324" />
      <source>Why are they let in? (saved and audited)</source>
      <translation>Why are they let in? (saved and audited)</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="329" />
      <source>Let in</source>
      <translation>Let in</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/checkin.py" line="340" />
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
  </context>
  <context>
    <name>Participants</name>
    <message>
      <location filename="../../desktop/participants/export.py" line="156" />
      <source>Participants</source>
      <extracomment>What the list shows besides (the participant, organisation and e-mail are above).</extracomment>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="166" />
      <source>Exporting</source>
      <translation>Exporting</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/model.py" line="99" />
      <source>%n request(s) sent</source>
      <extracomment>A failed approval request's colour (with its text and icon: colour is not the only sign). Tables whose changes can change what this list shows.</extracomment>
      <translation>
        <numerusform>%Ln request sent</numerusform>
        <numerusform>%Ln requests sent</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="105" />
      <source>A local change waits to be sent to the server.</source>
      <translation>A local change waits to be sent to the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="113" />
      <source>Given on the sign-up form: %1</source>
      <translation>Given on the sign-up form: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="180" />
      <source>Request failed</source>
      <extracomment>For export and printing, which read every row of a query.</extracomment>
      <translation>Request failed</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="190" />
      <source>The request to the approving manager (%1) could not be delivered:</source>
      <translation>The request to the approving manager (%1) could not be delivered:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/model.py" line="193" />
      <source>Correct the manager's address, then choose Send failed request again… in the menu.</source>
      <translation>Correct the manager's address, then choose Send failed request again… in the menu.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="39" />
      <source>Any status</source>
      <extracomment>Waiting for approval, and the request mail failed (the server says which: :class:`desktop.participants.approval_failures.ApprovalFailures`).</extracomment>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="40" />
      <location filename="../../desktop/participants/query.py" line="172" />
      <source>Not yet approved</source>
      <translation>Not yet approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="41" />
      <source>Approval not requested</source>
      <translation>Approval not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="42" />
      <location filename="../../desktop/participants/query.py" line="389" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="43" />
      <source>Approval request failed</source>
      <translation>Approval request failed</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="44" />
      <location filename="../../desktop/participants/query.py" line="390" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="45" />
      <location filename="../../desktop/participants/query.py" line="391" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="87" />
      <source>Participant</source>
      <extracomment>The status filters on ``participant_sort.status_class`` (see desktop.local_index): 0 registered, not requested; 1 registered, requested; 2 registered, approved; 3 cancelled. The class is in every sort index, so the filter reads no table rows. The sort keys: columns of the sort-key table (``participant_sort``), each with its collation; every column has an index on these keys and the id. The key column whose empty values (NULL) sort last both ways, if any.</extracomment>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="92" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="96" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="99" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="102" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="105" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="110" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="112" />
      <source>Approved date</source>
      <translation>Approved date</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="114" />
      <source>Approved via e-mail</source>
      <translation>Approved via e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="116" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="170" />
      <source>All registrations</source>
      <extracomment>With :attr:`Status.REQUEST_FAILED`: the registrations whose request failed.</extracomment>
      <translation>All registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="176" />
      <source>Requested more than 7 days ago</source>
      <translation>Requested more than 7 days ago</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="180" />
      <source>Approved this week</source>
      <translation>Approved this week</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="388" />
      <source>Not requested</source>
      <extracomment>The place on the round's waiting list (1 is first); 0 when not waiting.</extracomment>
      <translation>Not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="404" />
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="410" />
      <source>Waiting list (%1)</source>
      <extracomment>A registration without a place yet (models.courses.RegistrationStatus): its status text.</extracomment>
      <translation>Waiting list (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="411" />
      <source>Offered a place</source>
      <translation>Offered a place</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/query.py" line="413" />
      <source>For review</source>
      <translation>For review</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsExport</name>
    <message>
      <location filename="../../desktop/participants/export.py" line="40" />
      <source>First name</source>
      <extracomment>The columns the import reads, by the import's field names (``models.importing.HEADERS``). The manager's e-mail is that of the person linked as approving manager (the import links that person again); a manager only named on the sign-up form is in the list's "Approving manager" column.</extracomment>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="41" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="42" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/export.py" line="43" />
      <source>Phone</source>
      <translation>Phone</translation>
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
      <translation>Manager e-mail</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsView</name>
    <message>
      <location filename="../../desktop/participants/view.py" line="134" />
      <source>Saved filter</source>
      <extracomment>The number shown changed: (shown, total). A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`). The dialog an action opened last (kept alive; tests look at it).</extracomment>
      <translation>Saved filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="135" />
      <source>Custom filter</source>
      <translation>Custom filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="138" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="142" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="143" />
      <location filename="../../desktop/participants/view.py" line="450" />
      <source>All rounds</source>
      <translation>All rounds</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="146" />
      <source>Search names and e-mails…</source>
      <translation>Search names and e-mails…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="148" />
      <source>Filters</source>
      <translation>Filters</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="151" />
      <source>Save current filter…</source>
      <translation>Save current filter…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="153" />
      <source>Delete this saved filter</source>
      <translation>Delete this saved filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="217" />
      <source>Open participant's profile</source>
      <translation>Open participant's profile</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="220" />
      <source>Open the profile of the selected participant</source>
      <translation>Open the profile of the selected participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="224" />
      <source>Open approving manager's profile</source>
      <translation>Open approving manager's profile</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="230" />
      <source>Send request to approving manager…</source>
      <translation>Send request to approving manager…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="233" />
      <source>E-mail the approving managers of the selected registrations</source>
      <translation>E-mail the approving managers of the selected registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="237" />
      <source>Send failed request again…</source>
      <translation>Send failed request again…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="240" />
      <source>The request to the approving manager could not be delivered: send it again</source>
      <translation>The request to the approving manager could not be delivered: send it again</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="244" />
      <source>Change approving manager…</source>
      <translation>Change approving manager…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="247" />
      <source>Link another approving manager (refused if someone changed it meanwhile)</source>
      <translation>Link another approving manager (refused if someone changed it meanwhile)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="251" />
      <source>Preview manager page</source>
      <translation>Preview manager page</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="254" />
      <source>See the approving manager's page as the manager sees it (uses up no link)</source>
      <translation>See the approving manager's page as the manager sees it (uses up no link)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="258" />
      <source>Add internal note…</source>
      <translation>Add internal note…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="261" />
      <source>A note on the registration for the staff only, e.g. an approval by phone</source>
      <translation>A note on the registration for the staff only, e.g. an approval by phone</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="265" />
      <source>Import participants…</source>
      <translation>Import participants…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="268" />
      <source>Add the participants of a CSV or Excel file to a round</source>
      <translation>Add the participants of a CSV or Excel file to a round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="285" />
      <source>Move to the waiting list</source>
      <translation>Move to the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="288" />
      <source>Take the selected participants' places; they wait in order of registration</source>
      <translation>Take the selected participants' places; they wait in order of registration</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="292" />
      <source>Give a place from the waiting list</source>
      <translation>Give a place from the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="295" />
      <source>Give the selected waiting participants a place, also beyond the seats</source>
      <translation>Give the selected waiting participants a place, also beyond the seats</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="305" />
      <source>Give or take a category…</source>
      <translation>Give or take a category…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="310" />
      <source>Give the selected participants a person category, such as Alumnus</source>
      <translation>Give the selected participants a person category, such as Alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="314" />
      <source>New person…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="317" />
      <source>Add a person to Kansli (checked for duplicates) and open the profile</source>
      <translation>Add a person to Kansli (checked for duplicates) and open the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="676" />
      <source>Cancel the registration of %1? Their places become free.</source>
      <translation>Cancel the registration of %1? Their places become free.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="743" />
      <source>Print a long list</source>
      <translation>Print a long list</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/view.py" line="744" />
      <source>The list has %n rows. Print them all?</source>
      <translation>
        <numerusform>The list has %Ln row. Print them all?</numerusform>
        <numerusform>The list has %Ln rows. Print them all?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="750" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/view.py" line="756" />
      <source>%n registration(s)</source>
      <translation>
        <numerusform>%Ln registration</numerusform>
        <numerusform>%Ln registrations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="272" />
      <source>Remove approval…</source>
      <translation>Remove approval…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="275" />
      <source>Administrators only: take back an approval</source>
      <translation>Administrators only: take back an approval</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="279" />
      <source>Cancel registration…</source>
      <translation>Cancel registration…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="299" />
      <source>Copy e-mail addresses</source>
      <translation>Copy e-mail addresses</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="362" />
      <source>Only administrators can remove an approval; ask one if it is wrong</source>
      <translation>Only administrators can remove an approval; ask one if it is wrong</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="497" />
      <source>Save filter</source>
      <translation>Save filter</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="497" />
      <source>Name of the filter:</source>
      <translation>Name of the filter:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="530" />
      <source>No registrations on this round yet — add one with “Add registration”.</source>
      <translation>No registrations on this round yet — add one with “Add registration”.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="532" />
      <source>No registrations yet — add one from a course round.</source>
      <translation>No registrations yet — add one from a course round.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="535" />
      <source>No registrations match — clear the search or choose another filter.</source>
      <translation>No registrations match — clear the search or choose another filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="604" />
      <source>Change approving manager of %1</source>
      <translation>Change approving manager of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="675" />
      <source>Cancel registration</source>
      <translation>Cancel registration</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="677" />
      <source>Cancel registrations</source>
      <translation>Cancel registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="678" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="698" />
      <source>Some registrations were not changed</source>
      <translation>Some registrations were not changed</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/view.py" line="727" />
      <source>Filtered list</source>
      <translation>Filtered list</translation>
    </message>
  </context>
  <context>
    <name>PayOutCreditDialog</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="146" />
      <source>Pay out credit</source>
      <extracomment>(person id, öre, bank account)</extracomment>
      <translation>Pay out credit</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="148" />
      <source>Pay the amount from the bank to the person, then record it here: it is booked against their credit balance and they get a notice.</source>
      <translation>Pay the amount from the bank to the person, then record it here: it is booked against their credit balance and they get a notice.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="160" />
      <source>Clearing and account number (optional)</source>
      <translation>Clearing and account number (optional)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="162" />
      <source>&amp;Person:</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="163" />
      <source>A&amp;mount:</source>
      <translation>A&amp;mount:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="164" />
      <source>Paid to &amp;account:</source>
      <translation>Paid to &amp;account:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="166" />
      <source>&amp;Pay out</source>
      <translation>&amp;Pay out</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="168" />
      <source>Nobody has a credit balance to pay out.</source>
      <translation>Nobody has a credit balance to pay out.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="193" />
      <source>Give an amount to pay out.</source>
      <translation>Give an amount to pay out.</translation>
    </message>
  </context>
  <context>
    <name>PaymentSettingsDialog</name>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="262" />
      <source>Payment settings</source>
      <extracomment>The settings as loaded (None until they are).</extracomment>
      <translation>Payment settings</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="263" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="265" />
      <source>NNN-NNNN or NNNN-NNNN</source>
      <translation>NNN-NNNN or NNNN-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="270" />
      <source>0: no fee; at most 60 kr by law</source>
      <translation>0: no fee; at most 60 kr by law</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="271" />
      <source>Charged: reference rate + 8 percentage points</source>
      <translation>Charged: reference rate + 8 percentage points</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="273" />
      <source>Riksbanken's reference rate, e.g. 2,50</source>
      <translation>Riksbanken's reference rate, e.g. 2,50</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="279" />
      <source>NNNNNN-NNNN</source>
      <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="281" />
      <source>None: invoices only</source>
      <translation>None: invoices only</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="282" />
      <source>Stripe (card)</source>
      <translation>Stripe (card)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="283" />
      <source>Swish</source>
      <translation>Swish</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="285" />
      <source>Bankgiro number:</source>
      <translation>Bankgiro number:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="286" />
      <source>Invoices due after:</source>
      <translation>Invoices due after:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="287" />
      <source>Grace before the first reminder:</source>
      <translation>Grace before the first reminder:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="288" />
      <source>Second reminder after:</source>
      <translation>Second reminder after:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="289" />
      <source>Reminder fee (kr):</source>
      <translation>Reminder fee (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="290" />
      <source>Late interest:</source>
      <translation>Late interest:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="291" />
      <source>Reference rate (%):</source>
      <translation>Reference rate (%):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="292" />
      <source>Sender on invoices:</source>
      <translation>Sender on invoices:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="293" />
      <source>Sender's address:</source>
      <translation>Sender's address:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="294" />
      <source>Organisation number:</source>
      <translation>Organisation number:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="295" />
      <source>Card payments:</source>
      <translation>Card payments:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="299" />
      <source>A booking keeps the payment terms it was made under (due days, reminder fee, late interest): a change holds for new bookings. Invoices are sent only once a Bankgiro number is set.</source>
      <translation>A booking keeps the payment terms it was made under (due days, reminder fee, late interest): a change holds for new bookings. Invoices are sent only once a Bankgiro number is set.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="349" />
      <source>change of the payment settings</source>
      <translation>change of the payment settings</translation>
    </message>
  </context>
  <context>
    <name>Payments</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="69" />
      <source>Paid on</source>
      <translation>Paid on</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="70" />
      <location filename="../../desktop/accounting/payments.py" line="88" />
      <location filename="../../desktop/accounting/payments.py" line="150" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="73" />
      <location filename="../../desktop/accounting/payments.py" line="147" />
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="74" />
      <source>The reference as the payer gave it</source>
      <translation>The reference as the payer gave it</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="78" />
      <source>Payer</source>
      <translation>Payer</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="79" />
      <source>The payer's name as the bank gave it</source>
      <translation>The payer's name as the bank gave it</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="84" />
      <source>Invoice</source>
      <translation>Invoice</translation>
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
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="89" />
      <source>Left to pay</source>
      <translation>Left to pay</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="94" />
      <source>record type</source>
      <extracomment>BgMax fields as the server names them in a refusal, in words.</extracomment>
      <translation>record type</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="95" />
      <source>amount</source>
      <translation>amount</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="96" />
      <source>reference</source>
      <translation>reference</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="97" />
      <source>payment date</source>
      <translation>payment date</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="98" />
      <source>deposit amount</source>
      <translation>deposit amount</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="99" />
      <source>number of payments</source>
      <translation>number of payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="100" />
      <source>number of deposits</source>
      <translation>number of deposits</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="101" />
      <source>number of deductions</source>
      <translation>number of deductions</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="102" />
      <source>number of extra references</source>
      <translation>number of extra references</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="103" />
      <source>layout name</source>
      <translation>layout name</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="104" />
      <source>serial number</source>
      <translation>serial number</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="105" />
      <source>sender's Bankgiro</source>
      <translation>sender's Bankgiro</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="111" />
      <source>Booked on its invoice</source>
      <extracomment>What came of a provider's event, in words (the server's ``outcome``).</extracomment>
      <translation>Booked on its invoice</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="112" />
      <source>Unknown charge: no card payment of this club has this reference</source>
      <translation>Unknown charge: no card payment of this club has this reference</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="115" />
      <source>Already paid: the charge was paid before (money may have come twice)</source>
      <translation>Already paid: the charge was paid before (money may have come twice)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="118" />
      <source>Not paid: the payer did not complete it</source>
      <translation>Not paid: the payer did not complete it</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="119" />
      <source>Not about a payment: nothing to do</source>
      <translation>Not about a payment: nothing to do</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="120" />
      <source>Refused: not signed by the provider</source>
      <translation>Refused: not signed by the provider</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="121" />
      <source>Refused: it could not be read</source>
      <translation>Refused: it could not be read</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="143" />
      <source>Received</source>
      <extracomment>The outcomes someone should look at: money the server could not book, or got twice.</extracomment>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="144" />
      <source>Provider</source>
      <translation>Provider</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="148" />
      <source>The provider's id of the card payment</source>
      <translation>The provider's id of the card payment</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="151" />
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="202" />
      <source>This file was imported before: nothing was booked again.</source>
      <translation>This file was imported before: nothing was booked again.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="209" />
      <source>%1 payments, %2 in all: %3 matched, %4 partly paid, %5 overpaid (the excess kept as credit), %6 unmatched.</source>
      <translation>%1 payments, %2 in all: %3 matched, %4 partly paid, %5 overpaid (the excess kept as credit), %6 unmatched.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="221" />
      <source>%1 deductions (money the bank took back): %2 taken off the payments they name, whose invoices are open again; %3 unmatched.</source>
      <translation>%1 deductions (money the bank took back): %2 taken off the payments they name, whose invoices are open again; %3 unmatched.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="231" />
      <source>%1 were booked before, from another file.</source>
      <translation>%1 were booked before, from another file.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="241" />
      <source>The file was not imported: line %1, %2: %3</source>
      <translation>The file was not imported: line %1, %2: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="401" />
      <source>Loading payments</source>
      <translation>Loading payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="462" />
      <source>Importing payments</source>
      <translation>Importing payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="517" />
      <source>Finding invoices</source>
      <translation>Finding invoices</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="535" />
      <source>Matching payment</source>
      <translation>Matching payment</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="581" />
      <source>Loading card payment events</source>
      <translation>Loading card payment events</translation>
    </message>
  </context>
  <context>
    <name>PeopleNames</name>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="75" />
      <source>%1 and %n more</source>
      <translation>
        <numerusform>%1 and %Ln more</numerusform>
        <numerusform>%1 and %Ln more</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="81" />
      <source>%1 and %2</source>
      <translation>%1 and %2</translation>
    </message>
  </context>
  <context>
    <name>PeopleOps</name>
    <message>
      <location filename="../../desktop/operations/people.py" line="86" />
      <location filename="../../desktop/operations/people.py" line="257" />
      <source>This person no longer exists.</source>
      <extracomment>What an address row says of a bounce (``PersonEmail``; desktop/people/bounces.py).</extracomment>
      <translation>This person no longer exists.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="137" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="139" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="243" />
      <source>edit of %1</source>
      <translation>edit of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="251" />
      <source>Saving the profile</source>
      <translation>Saving the profile</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="281" />
      <source>adding %1</source>
      <translation>adding %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="293" />
      <source>Adding an e-mail address</source>
      <translation>Adding an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="304" />
      <source>Removing an e-mail address</source>
      <translation>Removing an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="315" />
      <source>Withdrawing a consent</source>
      <translation>Withdrawing a consent</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/people.py" line="330" />
      <source>Adding a phone number</source>
      <translation>Adding a phone number</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="57" />
      <source>Same personnummer</source>
      <extracomment>Why an existing person may be the new one, as the warning says it.</extracomment>
      <translation>Same personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="58" />
      <source>Same e-mail address</source>
      <translation>Same e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="59" />
      <source>Same name and birth date</source>
      <translation>Same name and birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="98" />
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="111" />
      <source>name@example.se — several: separate with commas</source>
      <translation>name@example.se — several: separate with commas</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="113" />
      <source>070-123 45 67</source>
      <translation>070-123 45 67</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="115" />
      <source>YYYYMMDD-NNNN</source>
      <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="117" />
      <location filename="../../desktop/people/person_dialog.py" line="134" />
      <source>No organisation</source>
      <translation>No organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="119" />
      <source>First name:</source>
      <translation>First name:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="120" />
      <source>Last name:</source>
      <translation>Last name:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="121" />
      <source>E-mail:</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="122" />
      <source>Phone:</source>
      <translation>Phone:</translation>
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
      <translation>Kansli looks for people with the same e-mail, personnummer or name and birth date before it saves.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="200" />
      <source>Name</source>
      <extracomment>The warning's list: who, born when (a date), their addresses (one that bounced marked, desktop/people/bounces.py), and why they may be the one.</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="201" />
      <source>Born</source>
      <translation>Born</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="204" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/person_dialog.py" line="208" />
      <source>Why</source>
      <translation>Why</translation>
    </message>
  </context>
  <context>
    <name>PersonField</name>
    <message>
      <location filename="../../desktop/people/person_field.py" line="26" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../desktop/people/picker.py" line="29" />
      <source>Name</source>
      <extracomment>The list's columns, translated in context "PersonPicker".</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="33" />
      <source>Born</source>
      <translation>Born</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="36" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="37" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="64" />
      <source>Search by name or e-mail…</source>
      <translation>Search by name or e-mail…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="72" />
      <location filename="../../desktop/people/picker.py" line="135" />
      <source>Type a name or an e-mail address to find a person.</source>
      <translation>Type a name or an e-mail address to find a person.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="74" />
      <source>Choose</source>
      <translation>Choose</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="81" />
      <source>New person…</source>
      <translation>New person…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="82" />
      <source>Add a person, with what you typed filled in</source>
      <translation>Add a person, with what you typed filled in</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="126" />
      <source>Showing %1 of %2 — refine the search</source>
      <translation>Showing %1 of %2 — refine the search</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="133" />
      <source>Nobody matches “%1”. New person… adds them.</source>
      <translation>Nobody matches “%1”. New person… adds them.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/picker.py" line="183" />
      <source>No approving manager</source>
      <translation>No approving manager</translation>
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
      <translation>Changed here; waits to be sent to the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="286" />
      <source>YYYYMMDD-NNNN</source>
      <extracomment>Fields the user's roles may not read (models.visibility): never shown, never set; a hint says why instead of an empty box that looks like missing data.</extracomment>
      <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="287" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
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
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="303" />
      <location filename="../../desktop/people/profile.py" line="809" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="306" />
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="341" />
      <source>name@example.se</source>
      <translation>name@example.se</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="341" />
      <source>New e-mail address</source>
      <translation>New e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="343" />
      <source>Work</source>
      <translation>Work</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="344" />
      <source>Private</source>
      <translation>Private</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="345" />
      <source>Main address</source>
      <translation>Main address</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="346" />
      <source>Add e-mail</source>
      <translation>Add e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="348" />
      <source>Remove e-mail…</source>
      <translation>Remove e-mail…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="362" />
      <source>New phone number</source>
      <translation>New phone number</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="365" />
      <source>Add phone</source>
      <translation>Add phone</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="368" />
      <source>E-mail addresses</source>
      <translation>E-mail addresses</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="371" />
      <source>Phone numbers</source>
      <translation>Phone numbers</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="402" />
      <source>Reverse decision…</source>
      <translation>Reverse decision…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="411" />
      <source>Withdraw consent…</source>
      <translation>Withdraw consent…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="414" />
      <source>Record that the person withdrew a consent to the processing of their data</source>
      <translation>Record that the person withdrew a consent to the processing of their data</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="427" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="428" />
      <source>E-mails and phones</source>
      <translation>E-mails and phones</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="429" />
      <source>Registrations</source>
      <translation>Registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="430" />
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="431" />
      <source>Consents and alumni</source>
      <translation>Consents and alumni</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="434" />
      <source>Levels</source>
      <translation>Levels</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="439" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="442" />
      <source>Categories</source>
      <translation>Categories</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="447" />
      <source>Register extract…</source>
      <translation>Register extract…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="449" />
      <source>Save everything held about this person as a PDF and a JSON file</source>
      <translation>Save everything held about this person as a PDF and a JSON file</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="527" />
      <source>No categories</source>
      <translation>No categories</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="541" />
      <source>No registrations.</source>
      <translation>No registrations.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="543" />
      <source>Nothing has happened yet.</source>
      <translation>Nothing has happened yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="546" />
      <source>Alumni registration: %1 (%2)</source>
      <translation>Alumni registration: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="553" />
      <source>No consents or alumni registrations.</source>
      <translation>No consents or alumni registrations.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="570" />
      <source>No organisation</source>
      <translation>No organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="592" />
      <source>Consent to %1 (version %2) for %5, given %3 from %4</source>
      <translation>Consent to %1 (version %2) for %5, given %3 from %4</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="594" />
      <source>Consent to %1 (version %2) given %3 from %4</source>
      <translation>Consent to %1 (version %2) given %3 from %4</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="606" />
      <source>Withdrawn %1 via %2</source>
      <translation>Withdrawn %1 via %2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="627" />
      <location filename="../../desktop/people/profile.py" line="638" />
      <source>Withdraw consent</source>
      <translation>Withdraw consent</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="628" />
      <source>Record that %1 withdrew this consent?

%2</source>
      <translation>Record that %1 withdrew this consent?

%2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="639" />
      <source>Which consent did %1 withdraw?</source>
      <translation>Which consent did %1 withdraw?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="715" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="717" />
      <source>Saved here; it is sent to the server when you are online.</source>
      <translation>Saved here; it is sent to the server when you are online.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="735" />
      <source>Undo %1</source>
      <translation>Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="735" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="762" />
      <source>Undone: %1</source>
      <translation>Undone: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="798" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="799" />
      <source>Save the changes to %1 before closing?</source>
      <translation>Save the changes to %1 before closing?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="800" />
      <source>this person</source>
      <translation>this person</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="810" />
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="811" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="885" />
      <source>Remove e-mail address</source>
      <translation>Remove e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="886" />
      <source>Remove %1 from this person?</source>
      <translation>Remove %1 from this person?</translation>
    </message>
  </context>
  <context>
    <name>PersonnummerDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="302" />
      <source>Personnummer of %1</source>
      <translation>Personnummer of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="303" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="307" />
      <source>A case handler who approves and rejects with BankID must sign with the BankID of this personnummer. It is never shown again; save the field empty to remove it.</source>
      <translation>A case handler who approves and rejects with BankID must sign with the BankID of this personnummer. It is never shown again; save the field empty to remove it.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="311" />
      <source>Save personnummer</source>
      <translation>Save personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="318" />
      <source>This is not a personnummer; write it as ÅÅÅÅMMDD-NNNN.</source>
      <translation>This is not a personnummer; write it as ÅÅÅÅMMDD-NNNN.</translation>
    </message>
  </context>
  <context>
    <name>PhoneDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="275" />
      <source>Mobile phone of %1</source>
      <extracomment>(user id, the value; "" removes it)</extracomment>
      <translation>Mobile phone of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="276" />
      <source>Mobile phone</source>
      <translation>Mobile phone</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="280" />
      <source>Codes for attesting orders by SMS are sent to this number. Leave it empty to remove the number.</source>
      <translation>Codes for attesting orders by SMS are sent to this number. Leave it empty to remove the number.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="283" />
      <source>Save phone</source>
      <translation>Save phone</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="290" />
      <source>This is not a phone number; write it as 070-123 45 67 or +46 70 123 45 67.</source>
      <translation>This is not a phone number; write it as 070-123 45 67 or +46 70 123 45 67.</translation>
    </message>
  </context>
  <context>
    <name>Placeholders</name>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="131" />
      <source>for how many days the customer's link works</source>
      <extracomment>What each placeholder holds (context ``Placeholders``).</extracomment>
      <translation>for how many days the customer's link works</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="132" />
      <source>how many participants the round has</source>
      <translation>how many participants the round has</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="133" />
      <source>in how many days the round starts</source>
      <translation>in how many days the round starts</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="134" />
      <source>the address the ending was confirmed from</source>
      <translation>the address the ending was confirmed from</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="135" />
      <source>the address the membership was asked to end for</source>
      <translation>the address the membership was asked to end for</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="136" />
      <source>the address the request goes to</source>
      <translation>the address the request goes to</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="137" />
      <source>the agent's name</source>
      <translation>the agent's name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="138" />
      <source>the amount, with its currency</source>
      <translation>the amount, with its currency</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="139" />
      <source>the answers given on the sign-up form, one per line</source>
      <translation>the answers given on the sign-up form, one per line</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="140" />
      <source>the approving manager's name</source>
      <translation>the approving manager's name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="141" />
      <source>the course administrator's own words to the manager (may be empty)</source>
      <translation>the course administrator's own words to the manager (may be empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="144" />
      <source>the course round's name</source>
      <translation>the course round's name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="145" />
      <source>the course's name</source>
      <translation>the course's name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="146" />
      <source>the text of the consent as given</source>
      <translation>the text of the consent as given</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="147" />
      <source>the manager's personal link to withdraw the consent</source>
      <translation>the manager's personal link to withdraw the consent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="148" />
      <source>the customer organisation's name</source>
      <translation>the customer organisation's name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="149" />
      <source>the customer's attestant</source>
      <translation>the customer's attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="150" />
      <source>the day it ended</source>
      <translation>the day it ended</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="151" />
      <source>the decision (approved or rejected, with the reason)</source>
      <translation>the decision (approved or rejected, with the reason)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="152" />
      <source>the evaluation's page</source>
      <translation>the evaluation's page</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="153" />
      <source>the invoice's number</source>
      <translation>the invoice's number</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="154" />
      <source>the last day of the offer</source>
      <translation>the last day of the offer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="155" />
      <source>the last day the approval link works</source>
      <translation>the last day the approval link works</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="156" />
      <source>the last day the link works</source>
      <translation>the last day the link works</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="157" />
      <source>the last day the links work</source>
      <translation>the last day the links work</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="158" />
      <source>the last day to pay</source>
      <translation>the last day to pay</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="159" />
      <source>the link to the attendance sheet (one column per session)</source>
      <translation>the link to the attendance sheet (one column per session)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="160" />
      <source>the link to the participant list (a page to print, and CSV for Excel)</source>
      <translation>the link to the participant list (a page to print, and CSV for Excel)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="163" />
      <source>the manager's personal approval link</source>
      <translation>the manager's personal approval link</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="164" />
      <source>the member's first name</source>
      <translation>the member's first name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="165" />
      <source>the name of the organisation that sends it (Kansli's tenant)</source>
      <translation>the name of the organisation that sends it (Kansli's tenant)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="168" />
      <source>the name of the person the message goes to</source>
      <translation>the name of the person the message goes to</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="169" />
      <source>the name the alumni registration was made in</source>
      <translation>the name the alumni registration was made in</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="170" />
      <source>the new details, one per line</source>
      <translation>the new details, one per line</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="171" />
      <source>the order's number</source>
      <translation>the order's number</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="172" />
      <source>the organisation the account is for</source>
      <translation>the organisation the account is for</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="173" />
      <source>the page of the order for the recipient (may be empty)</source>
      <translation>the page of the order for the recipient (may be empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="174" />
      <source>the participant's first name</source>
      <translation>the participant's first name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="175" />
      <source>the reason staff chose to tell the alumnus, as a paragraph (empty: none)</source>
      <translation>the reason staff chose to tell the alumnus, as a paragraph (empty: none)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="179" />
      <source>the participant's full name</source>
      <translation>the participant's full name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="180" />
      <source>the participant's personal link to book them</source>
      <translation>the participant's personal link to book them</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="181" />
      <source>the participant's personal link to accept or decline the place</source>
      <translation>the participant's personal link to accept or decline the place</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="184" />
      <source>the person's first name</source>
      <translation>the person's first name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="185" />
      <source>the personal link to choose a new password</source>
      <translation>the personal link to choose a new password</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="186" />
      <source>the personal link to choose a password</source>
      <translation>the personal link to choose a password</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="187" />
      <source>the personal link to confirm them</source>
      <translation>the personal link to confirm them</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="188" />
      <source>the personal link to end the membership</source>
      <translation>the personal link to end the membership</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="189" />
      <source>the personal order page</source>
      <translation>the personal order page</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="190" />
      <source>the recipient's personal link to book the round</source>
      <translation>the recipient's personal link to book the round</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="191" />
      <source>the open rounds of the courses that follow, one per line</source>
      <translation>the open rounds of the courses that follow, one per line</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="192" />
      <source>the round's dates, place and sessions, one per line</source>
      <translation>the round's dates, place and sessions, one per line</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="193" />
      <source>the round's sign-up page</source>
      <translation>the round's sign-up page</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="194" />
      <source>the service ordered</source>
      <translation>the service ordered</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="195" />
      <source>the service-desk case's number</source>
      <translation>the service-desk case's number</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="196" />
      <source>the case's title</source>
      <translation>the case's title</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="197" />
      <source>the session as it is now: day, time, room</source>
      <translation>the session as it is now: day, time, room</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="198" />
      <source>the sign-up form's own confirmation text (may be empty)</source>
      <translation>the sign-up form's own confirmation text (may be empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="199" />
      <source>the user's name</source>
      <translation>the user's name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="200" />
      <source>what happens next: the waiting list, the request to the manager (may be empty)</source>
      <translation>what happens next: the waiting list, the request to the manager (may be empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="204" />
      <source>that the approving manager was asked to approve it (may be empty)</source>
      <translation>that the approving manager was asked to approve it (may be empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="207" />
      <source>what happens next: the waiting list (may be empty)</source>
      <translation>what happens next: the waiting list (may be empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="208" />
      <source>what happens next: the waiting list, or the review and why (may be empty)</source>
      <translation>what happens next: the waiting list, or the review and why (may be empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="211" />
      <source>the price: each line (course fee, discounts, membership fee, credit used) with its amount, and what is left to pay (empty when the course is free)</source>
      <translation>the price: each line (course fee, discounts, membership fee, credit used) with its amount, and what is left to pay (empty when the course is free)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="215" />
      <source>what is left to pay, e.g. 200 kr (empty when the course is free)</source>
      <translation>what is left to pay, e.g. 200 kr (empty when the course is free)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="218" />
      <source>when the link stops working</source>
      <translation>when the link stops working</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="219" />
      <source>where to pay or see the invoice</source>
      <translation>where to pay or see the invoice</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="220" />
      <source>who approved it (their e-mail address)</source>
      <translation>who approved it (their e-mail address)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="221" />
      <source>who approved the order</source>
      <translation>who approved the order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="222" />
      <source>who attested it for the agent</source>
      <translation>who attested it for the agent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="223" />
      <source>who attested it for the customer</source>
      <translation>who attested it for the customer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="224" />
      <source>who signed up with the recipient as their partner</source>
      <translation>who signed up with the recipient as their partner</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="225" />
      <source>who will attest the order for the customer</source>
      <translation>who will attest the order for the customer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="226" />
      <source>why the order was rejected</source>
      <translation>why the order was rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="227" />
      <source>who declined to attest</source>
      <translation>who declined to attest</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="228" />
      <source>why the attestant declined</source>
      <translation>why the attestant declined</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="229" />
      <source>1 for the first reminder, 2 for the second</source>
      <translation>1 for the first reminder, 2 for the second</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="230" />
      <source>the Bankgiro number to pay to</source>
      <translation>the Bankgiro number to pay to</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="231" />
      <source>the day the invoice was due</source>
      <translation>the day the invoice was due</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="232" />
      <source>the day the payment was made</source>
      <translation>the day the payment was made</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="233" />
      <source>the invoice's OCR reference</source>
      <translation>the invoice's OCR reference</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="234" />
      <source>the late interest charged with this reminder (0 kr: none)</source>
      <translation>the late interest charged with this reminder (0 kr: none)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="235" />
      <source>the link to the invoice as a PDF</source>
      <translation>the link to the invoice as a PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="236" />
      <source>the reminder fee charged with this reminder (0 kr: none)</source>
      <translation>the reminder fee charged with this reminder (0 kr: none)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="237" />
      <source>what is left to pay on the invoice after this payment</source>
      <translation>what is left to pay on the invoice after this payment</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="238" />
      <source>what to pay now: what is left of the invoice, reminder fees and interest</source>
      <translation>what to pay now: what is left of the invoice, reminder fees and interest</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="241" />
      <source>what was paid in excess, kept as the person's credit balance (0 kr: none)</source>
      <translation>what was paid in excess, kept as the person's credit balance (0 kr: none)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="244" />
      <source>the number of the invoice it credits</source>
      <translation>the number of the invoice it credits</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="245" />
      <source>what is left to pay on the invoice after the credit</source>
      <translation>what is left to pay on the invoice after the credit</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="246" />
      <source>the link to the credit note as a PDF</source>
      <translation>the link to the credit note as a PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="247" />
      <source>the amount paid back, with its currency</source>
      <translation>the amount paid back, with its currency</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="248" />
      <source>the day it was paid back</source>
      <translation>the day it was paid back</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_texts.py" line="249" />
      <source>where it went: the card provider (Stripe, Swish) or the bank account</source>
      <translation>where it went: the card provider (Stripe, Swish) or the bank account</translation>
    </message>
  </context>
  <context>
    <name>Prerequisites</name>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="80" />
      <source>Code</source>
      <extracomment>A prerequisite is added, and removed (restored by Edit › Undo), by its commands.</extracomment>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="81" />
      <source>Required course</source>
      <translation>Required course</translation>
    </message>
  </context>
  <context>
    <name>PrerequisitesWindow</name>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="90" />
      <source>Prerequisites of %1</source>
      <translation>Prerequisites of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="92" />
      <source>No prerequisites: anyone may book. Add the courses to complete first.</source>
      <translation>No prerequisites: anyone may book. Add the courses to complete first.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="108" />
      <source>A booking gets a place when the participant has completed every course listed (a round of it that has ended) or has a leader's level approval for it; otherwise the sign-up waits in Go › Sign-ups for review.</source>
      <translation>A booking gets a place when the participant has completed every course listed (a round of it that has ended) or has a leader's level approval for it; otherwise the sign-up waits in Go › Sign-ups for review.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="96" />
      <source>Course to require</source>
      <translation>Course to require</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="98" />
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="99" />
      <location filename="../../desktop/courses/prerequisites.py" line="170" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="100" />
      <source>Re&amp;quires:</source>
      <translation>Re&amp;quires:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="102" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="103" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="125" />
      <source>Choose a course…</source>
      <translation>Choose a course…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="140" />
      <source>Choose the course to require first.</source>
      <translation>Choose the course to require first.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="150" />
      <source>Added: %1.</source>
      <translation>Added: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="162" />
      <source>Remove prerequisite</source>
      <translation>Remove prerequisite</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="163" />
      <source>Should %1 no longer require %2?</source>
      <translation>Should %1 no longer require %2?</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="171" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/prerequisites.py" line="180" />
      <source>Removed: %1. Edit › Undo restores it.</source>
      <translation>Removed: %1. Edit › Undo restores it.</translation>
    </message>
  </context>
  <context>
    <name>Presence</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="441" />
      <source>Welcome {name}</source>
      <extracomment>The check-in station's answers (``models.presence.ANSWER_TEXTS``) and the grant check report's reasons (``models.grants.ISSUE_TEXTS``): code + values, shown translated (``tests/models/test_presence_texts.py`` keeps these complete).</extracomment>
      <translation>Welcome {name}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="442" />
      <source>Not found: scan again or type the personnummer</source>
      <translation>Not found: scan again or type the personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="443" />
      <source>This session is on {day}, not today</source>
      <translation>This session is on {day}, not today</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="444" />
      <source>{name}, your session today is {round} at {time}</source>
      <translation>{name}, your session today is {round} at {time}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="445" />
      <source>{name} is not registered on this round</source>
      <translation>{name} is not registered on this round</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="446" />
      <source>{name} is already checked in (at {time})</source>
      <translation>{name} is already checked in (at {time})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="447" />
      <source>{name} has an overdue fee of {amount} kr</source>
      <translation>{name} has an overdue fee of {amount} kr</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="448" />
      <source>Before the rules hold ({day})</source>
      <translation>Before the rules hold ({day})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="449" />
      <source>The session has no start and end time</source>
      <translation>The session has no start and end time</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="450" />
      <source>{minutes} minutes; at least {min} count</source>
      <translation>{minutes} minutes; at least {min} count</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="451" />
      <source>No leader</source>
      <translation>No leader</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="452" />
      <source>The leader's age is not known</source>
      <translation>The leader's age is not known</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="453" />
      <source>The leader turns {age} this year; at least {min}</source>
      <translation>The leader turns {age} this year; at least {min}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="454" />
      <source>{count} participants count; at least {min} needed ({outside_age} outside the ages, {unknown_age} without a known age, {counted_already} counted already that day)</source>
      <translation>{count} participants count; at least {min} needed ({outside_age} outside the ages, {unknown_age} without a known age, {counted_already} counted already that day)</translation>
    </message>
  </context>
  <context>
    <name>PriceDialog</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="417" />
      <source>New price rule</source>
      <translation>New price rule</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="418" />
      <source>Edit price rule</source>
      <translation>Edit price rule</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="425" />
      <source>Empty: the round's own price</source>
      <translation>Empty: the round's own price</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="429" />
      <source>No membership fee</source>
      <translation>No membership fee</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="424" />
      <source>Price (kr):</source>
      <translation>Price (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="427" />
      <source>Membership fee:</source>
      <translation>Membership fee:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="433" />
      <source>A round costs its own price when it has one, else the most specific rule's (its category's, else all courses'). The discounts of every level count.</source>
      <translation>A round costs its own price when it has one, else the most specific rule's (its category's, else all courses'). The discounts of every level count.</translation>
    </message>
  </context>
  <context>
    <name>PricesWindow</name>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="462" />
      <source>Prices</source>
      <translation>Prices</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="463" />
      <source>No price rules yet: New… sets what the courses of a level cost.</source>
      <translation>No price rules yet: New… sets what the courses of a level cost.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="466" />
      <source>A booking keeps the price it was made with: changing a rule changes new sign-ups only.</source>
      <translation>A booking keeps the price it was made with: changing a rule changes new sign-ups only.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/booking_windows.py" line="470" />
      <source>Its courses cost what the wider rules say</source>
      <translation>Its courses cost what the wider rules say</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="90" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="88" />
      <source>Attendance sheet</source>
      <extracomment>Share of the width left after fixed columns; 0 with ``mm`` for a fixed width. The round's sessions, a line each ("14 sep. 2026 09:00–16:00, Sal A"): a block under the header of the first page. The footer's middle text; None: how many participants the rows are. A4 landscape (a table of many columns) instead of portrait. The sheets of people a round prints, by kind. Signature column and blank rows for walk-ins.</extracomment>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="97" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="95" />
      <source>Participant list</source>
      <translation>Participant list</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="124" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="125" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="130" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="134" />
      <source>Checked in</source>
      <translation>Checked in</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/printing/sheet.py" line="297" />
      <source>and %n more session(s)</source>
      <extracomment>The sessions block: its columns, and the lines a column holds (more sessions: the last line says how many are not shown). The first page's rows: fewer under the sessions block.</extracomment>
      <translation>
        <numerusform>and %Ln more session</numerusform>
        <numerusform>and %Ln more sessions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="339" />
      <source>Could not start printing</source>
      <translation>Could not start printing</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="410" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="479" />
      <source>Printed %1</source>
      <translation>Printed %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/printing/sheet.py" line="484" />
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%Ln participant</numerusform>
        <numerusform>%Ln participants</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="494" />
      <source>Page %1 of %2</source>
      <translation>Page %1 of %2</translation>
    </message>
    <message>
      <location filename="../../desktop/printing/sheet.py" line="526" />
      <source>List</source>
      <translation>List</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="203" />
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="205" />
      <source>Checked in %1</source>
      <translation>Checked in %1</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="208" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../desktop/presence/attendance.py" line="456" />
      <source>Session %1</source>
      <translation>Session %1</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <location filename="../../desktop/people/profile.py" line="79" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="80" />
      <source>Reminder sent</source>
      <translation>Reminder sent</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="81" />
      <source>Registration approved</source>
      <translation>Registration approved</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="82" />
      <source>Approval removed</source>
      <translation>Approval removed</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="83" />
      <source>Alumni decision</source>
      <translation>Alumni decision</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="84" />
      <source>E-mail sent</source>
      <translation>E-mail sent</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="85" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="86" />
      <source>Profiles merged</source>
      <translation>Profiles merged</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="97" />
      <source>Work</source>
      <translation>Work</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="98" />
      <source>Private</source>
      <translation>Private</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="99" />
      <source>Mobile</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="94" />
      <source>Not requested</source>
      <extracomment>The stored codes the profile shows in words: approval states, and the kinds of e-mail addresses and phone numbers (``PersonEmail.kind``, ``PersonPhone.kind``).</extracomment>
      <translation>Not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="87" />
      <source>Internal note</source>
      <translation>Internal note</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="88" />
      <source>Internal note withdrawn</source>
      <translation>Internal note withdrawn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="89" />
      <source>Consent withdrawn</source>
      <translation>Consent withdrawn</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="95" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="96" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="101" />
      <source>Waiting list</source>
      <translation>Waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="102" />
      <source>Offered a place</source>
      <translation>Offered a place</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="103" />
      <source>For review</source>
      <translation>For review</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="105" />
      <source>the terms</source>
      <translation>the terms</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="106" />
      <source>processing of personal data</source>
      <translation>processing of personal data</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="107" />
      <source>the link in the mail</source>
      <translation>the link in the mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="108" />
      <source>staff</source>
      <translation>staff</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="115" />
      <source>Only administrators and alumni officers see personal identity numbers</source>
      <extracomment>What a field the signed-in user's roles may not read shows instead of its value.</extracomment>
      <translation>Only administrators and alumni officers see personal identity numbers</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="118" />
      <source>Only administrators and alumni officers see birth dates</source>
      <translation>Only administrators and alumni officers see birth dates</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="122" />
      <source>Only administrators and alumni officers see this field</source>
      <translation>Only administrators and alumni officers see this field</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="133" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="158" />
      <source>As manager of %1 (%2)</source>
      <extracomment>The activities of a registration's approval, whose subject names the participant, and its internal notes: on the manager's timeline they say whose registration it is.</extracomment>
      <translation>As manager of %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="172" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="173" />
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="174" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="176" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="178" />
      <source>Approved via e-mail</source>
      <translation>Approved via e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="181" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="182" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="183" />
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="184" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="185" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="226" />
      <source>First name</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="227" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="228" />
      <source>Personnummer</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="229" />
      <source>Birth date</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="230" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="231" />
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="232" />
      <source>Postal code</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="233" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="234" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="333" />
      <source>E-mail</source>
      <extracomment>The Save / Discard / Cancel question before unsaved changes would be lost.</extracomment>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="486" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="487" />
      <source>Main</source>
      <translation>Main</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="753" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="754" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/people/profile.py" line="360" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>RecipientDialog</name>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="62" />
      <source>New notification recipient</source>
      <translation>New notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="63" />
      <source>Edit notification recipient</source>
      <translation>Edit notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="68" />
      <source>Nobody chosen</source>
      <translation>Nobody chosen</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="68" />
      <source>Choose the recipient</source>
      <translation>Choose the recipient</translation>
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
      <translation>Such as Course administrator</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="75" />
      <source>Role:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="77" />
      <location filename="../../desktop/admin/recipients.py" line="109" />
      <source>No login</source>
      <translation>No login</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="79" />
      <source>A user (the list needs a connection)</source>
      <translation>A user (the list needs a connection)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="81" />
      <source>Login:</source>
      <translation>Login:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="85" />
      <source>The person's e-mail addresses and phone numbers are used: change them on the person's profile.</source>
      <translation>The person's e-mail addresses and phone numbers are used: change them on the person's profile.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="93" />
      <source>Choose a person</source>
      <translation>Choose a person</translation>
    </message>
  </context>
  <context>
    <name>Recipients</name>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="34" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="35" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="39" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="40" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="41" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="42" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="45" />
      <source>Login</source>
      <translation>Login</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/recipients.py" line="48" />
      <source>A user with a login gets SMS at the phone they registered</source>
      <translation>A user with a login gets SMS at the phone they registered</translation>
    </message>
  </context>
  <context>
    <name>RecipientsWindow</name>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="260" />
      <source>Notification recipients</source>
      <translation>Notification recipients</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="261" />
      <source>No static recipients yet: New… adds a person who gets notifications.</source>
      <translation>No static recipients yet: New… adds a person who gets notifications.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="265" />
      <source>Static recipients get what a binding sends to static recipients, by e-mail and SMS as the binding says.</source>
      <translation>Static recipients get what a binding sends to static recipients, by e-mail and SMS as the binding says.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="270" />
      <source>The person gets no more notifications</source>
      <translation>The person gets no more notifications</translation>
    </message>
  </context>
  <context>
    <name>Refunds</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="44" />
      <source>To pay</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="45" />
      <source>Asked of the card provider</source>
      <translation>Asked of the card provider</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="46" />
      <source>Refused by the card provider</source>
      <translation>Refused by the card provider</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="47" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="50" />
      <source>Bank transfer</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="51" />
      <source>Card (%1)</source>
      <translation>Card (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="55" />
      <source>Since</source>
      <translation>Since</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="56" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="57" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="58" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="59" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="62" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="63" />
      <source>The card provider's reason, or the bank account it was paid to</source>
      <translation>The card provider's reason, or the bank account it was paid to</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="70" />
      <source>Credit paid out</source>
      <translation>Credit paid out</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="250" />
      <source>Loading refunds</source>
      <translation>Loading refunds</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="298" />
      <source>Marking refund paid</source>
      <translation>Marking refund paid</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="336" />
      <source>Asking the card provider</source>
      <translation>Asking the card provider</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="364" />
      <source>Loading credit balances</source>
      <translation>Loading credit balances</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="374" />
      <source>Paying out credit</source>
      <translation>Paying out credit</translation>
    </message>
  </context>
  <context>
    <name>RefundsWindow</name>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="213" />
      <source>Refunds</source>
      <translation>Refunds</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="220" />
      <source>Mark as &amp;paid…</source>
      <translation>Mark as &amp;paid…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="223" />
      <source>The chosen refund was paid from the bank: book it and tell the person</source>
      <translation>The chosen refund was paid from the bank: book it and tell the person</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="226" />
      <source>Refund by &amp;card</source>
      <translation>Refund by &amp;card</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="229" />
      <source>Ask the card provider the booking was paid with to pay it back</source>
      <translation>Ask the card provider the booking was paid with to pay it back</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="232" />
      <source>Pay out &amp;credit…</source>
      <translation>Pay out &amp;credit…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="235" />
      <source>Pay out a person's credit balance on their request</source>
      <translation>Pay out a person's credit balance on their request</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="239" />
      <source>Refund actions</source>
      <translation>Refund actions</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="241" />
      <source>Filter by person, amount or state…</source>
      <translation>Filter by person, amount or state…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="258" />
      <source>No money is owed back to anyone.</source>
      <translation>No money is owed back to anyone.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="294" />
      <source>%1 to %2 is marked paid; the notice is on its way.</source>
      <translation>%1 to %2 is marked paid; the notice is on its way.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="317" />
      <source>The card provider refused the refund: %1</source>
      <translation>The card provider refused the refund: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="325" />
      <source>%1 asked to pay %2 back to %3; it is booked when the provider confirms it.</source>
      <translation>%1 asked to pay %2 back to %3; it is booked when the provider confirms it.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="370" />
      <source>%1 of %2's credit is paid out; the notice is on its way.</source>
      <translation>%1 of %2's credit is paid out; the notice is on its way.</translation>
    </message>
  </context>
  <context>
    <name>RegisterExtract</name>
    <message>
      <location filename="../../desktop/people/extract.py" line="66" />
      <source>The register extract is made by the server: connect to it.</source>
      <extracomment>Both files were written (their paths).</extracomment>
      <translation>The register extract is made by the server: connect to it.</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="74" />
      <source>Register extract %1 %2</source>
      <translation>Register extract %1 %2</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="78" />
      <source>Save the register extract</source>
      <translation>Save the register extract</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="80" />
      <source>PDF, with the JSON copy beside it (*.pdf)</source>
      <translation>PDF, with the JSON copy beside it (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="96" />
      <source>Replace the file?</source>
      <translation>Replace the file?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="98" />
      <source>%1 already exists beside it. Replace it with the extract's JSON copy?</source>
      <translation>%1 already exists beside it. Replace it with the extract's JSON copy?</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="111" />
      <source>Asking the server for the register extract…</source>
      <translation>Asking the server for the register extract…</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="121" />
      <source>Register extract saved: %1</source>
      <translation>Register extract saved: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/people/extract.py" line="125" />
      <source>No register extract: %1</source>
      <translation>No register extract: %1</translation>
    </message>
  </context>
  <context>
    <name>RegistrationDetailPane</name>
    <message>
      <location filename="../../desktop/participants/detail.py" line="58" />
      <source>Select a registration to see it here.</source>
      <extracomment>"Preview manager page" was clicked for the registration shown. "Send again…" was clicked: the approval mail of the registration shown failed. Counts the loads asked for: only the newest one's result is shown.</extracomment>
      <translation>Select a registration to see it here.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="66" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="67" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="68" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="69" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="70" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="71" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="72" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="74" />
      <source>Why it waits</source>
      <translation>Why it waits</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="75" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="76" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="77" />
      <source>Manager's e-mail</source>
      <translation>Manager's e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="78" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="79" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="80" />
      <source>Approved via e-mail</source>
      <translation>Approved via e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="81" />
      <source>Approval mail</source>
      <translation>Approval mail</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="97" />
      <source>Changed here; waits to be sent to the server.</source>
      <translation>Changed here; waits to be sent to the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="101" />
      <source>Preview manager page…</source>
      <translation>Preview manager page…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="104" />
      <source>The approving manager's page as the manager sees it (needs a connection)</source>
      <translation>The approving manager's page as the manager sees it (needs a connection)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="275" />
      <source>Failed: %1</source>
      <translation>Failed: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="277" />
      <source>Send again…</source>
      <translation>Send again…</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="267" />
      <source>Sent %1</source>
      <extracomment>The registration's internal notes (seed 000), under its fields. The newest approval mail of the registration shown, as the server has it (administrators only: the delivery records name every recipient). The registration whose approval mail the pane last finished asking about (or found nothing to ask: not an administrator, offline, never requested).</extracomment>
      <translation>Sent %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/detail.py" line="269" />
      <source>Waiting to be sent (queued %1)</source>
      <translation>Waiting to be sent (queued %1)</translation>
    </message>
  </context>
  <context>
    <name>RegistrationOps</name>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="124" />
      <source>the registration is cancelled</source>
      <extracomment>The registrations of ``refused``, in the same order. Why skipped, as a code: "cancelled", "approved" or "no_recipient" (None: not skipped). When the last request (or reminder) was sent; None before the first. A reminder sooner than the minimum gap after the last request: held back unless the user chooses to send it anyway.</extracomment>
      <translation>the registration is cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="127" />
      <source>already approved by %1</source>
      <translation>already approved by %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="132" />
      <source>no approving manager with an e-mail address</source>
      <translation>no approving manager with an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="200" />
      <source>Sending approval requests</source>
      <translation>Sending approval requests</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="205" />
      <source>Moving to the waiting list</source>
      <translation>Moving to the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="208" />
      <source>Giving places from the waiting list</source>
      <translation>Giving places from the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="255" />
      <source>Setting the approving manager</source>
      <translation>Setting the approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="203" />
      <source>Removing approvals</source>
      <translation>Removing approvals</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="204" />
      <source>Cancelling registrations</source>
      <translation>Cancelling registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registrations.py" line="334" />
      <source>Adding a registration</source>
      <translation>Adding a registration</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registration_notes.py" line="59" />
      <source>Adding a note</source>
      <extracomment>Written or withdrawn here and not yet on the server.</extracomment>
      <translation>Adding a note</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/registration_notes.py" line="69" />
      <source>Withdrawing a note</source>
      <translation>Withdrawing a note</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="39" />
      <source>Reminded</source>
      <translation>Reminded</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="40" />
      <source>For collection</source>
      <translation>For collection</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="53" />
      <source>Invoice</source>
      <translation>Invoice</translation>
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
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="59" />
      <source>Reminder</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="61" />
      <source>The last reminder sent: 1 or 2</source>
      <translation>The last reminder sent: 1 or 2</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="63" />
      <source>Reminded on</source>
      <translation>Reminded on</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="66" />
      <source>Left to pay</source>
      <translation>Left to pay</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="67" />
      <source>What is left of the invoice's amount</source>
      <translation>What is left of the invoice's amount</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="69" />
      <source>Fees</source>
      <translation>Fees</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="70" />
      <source>Interest</source>
      <translation>Interest</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="73" />
      <source>To pay</source>
      <translation>To pay</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="74" />
      <source>Left to pay, the reminder fees and the late interest</source>
      <translation>Left to pay, the reminder fees and the late interest</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="78" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="91" />
      <source>Loading reminders</source>
      <translation>Loading reminders</translation>
    </message>
  </context>
  <context>
    <name>RemindersWindow</name>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="98" />
      <source>Reminders</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="122" />
      <source>Reminded and for collection</source>
      <extracomment>The selected invoice's person's profile is asked for (Return, a double click). Every reminded invoice from the server (the Show choice narrows the model).</extracomment>
      <translation>Reminded and for collection</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="123" />
      <source>For collection only</source>
      <translation>For collection only</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="124" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="126" />
      <source>&amp;Show:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="131" />
      <source>Open &amp;profile</source>
      <translation>Open &amp;profile</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="134" />
      <source>The person's profile: their account, bookings and contact details</source>
      <translation>The person's profile: their account, bookings and contact details</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="136" />
      <source>Open profile</source>
      <translation>Open profile</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="139" />
      <source>Reminder actions</source>
      <translation>Reminder actions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="141" />
      <source>Filter by invoice number, person or OCR…</source>
      <translation>Filter by invoice number, person or OCR…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="174" />
      <source>No reminded invoice matches the filter.</source>
      <translation>No reminded invoice matches the filter.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="176" />
      <source>No invoice is on the collection list.</source>
      <translation>No invoice is on the collection list.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="177" />
      <source>No invoice is reminded and unpaid.</source>
      <translation>No invoice is reminded and unpaid.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="198" />
      <source>%1 reminded · %2 for collection · %3 to pay</source>
      <translation>%1 reminded · %2 for collection · %3 to pay</translation>
    </message>
  </context>
  <context>
    <name>RemoveApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="332" />
      <location filename="../../desktop/participants/dialogs.py" line="343" />
      <source>Remove approval</source>
      <translation>Remove approval</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="335" />
      <source>Remove the approval of %1? The approving manager can approve again; the removal and its reason are recorded.</source>
      <translation>Remove the approval of %1? The approving manager can approve again; the removal and its reason are recorded.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="340" />
      <location filename="../../desktop/participants/dialogs.py" line="345" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="340" />
      <source>Why is the approval removed?</source>
      <translation>Why is the approval removed?</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="354" />
      <source>Give a reason of a few words.</source>
      <translation>Give a reason of a few words.</translation>
    </message>
  </context>
  <context>
    <name>RequestApproval</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="51" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="52" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="53" />
      <source>Sent to</source>
      <translation>Sent to</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="54" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="62" />
      <source>cancelled</source>
      <extracomment>How many people a confirmation names before "and 12 more".</extracomment>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="63" />
      <source>already approved</source>
      <translation>already approved</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="64" />
      <source>no manager's e-mail address</source>
      <translation>no manager's e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="65" />
      <source>reminder too soon</source>
      <translation>reminder too soon</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="89" />
      <source>Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.</source>
      <translation>Not connected to a server: the requests are saved now and the e-mails are sent when this database syncs with the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="94" />
      <source>You are offline: the requests are saved now and the e-mails are sent when the connection is back.</source>
      <translation>You are offline: the requests are saved now and the e-mails are sent when the connection is back.</translation>
    </message>
  </context>
  <context>
    <name>RequestApprovalDialog</name>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="130" />
      <source>Send request to approving manager</source>
      <extracomment>What was queued and skipped, once sent (also shown in the window's status bar). The "send this many e-mails?" question, while it is open.</extracomment>
      <translation>Send request to approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="131" />
      <source>Checking the selected registrations…</source>
      <translation>Checking the selected registrations…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="138" />
      <source>Send reminders also where the last request is less than %n day(s) old</source>
      <translation>
        <numerusform>Send reminders also where the last request is less than %Ln day old</numerusform>
        <numerusform>Send reminders also where the last request is less than %Ln days old</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="147" />
      <source>Optional message, shown in the e-mail above the link</source>
      <translation>Optional message, shown in the e-mail above the link</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="149" />
      <source>Message to the approving manager</source>
      <translation>Message to the approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="160" />
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="171" />
      <source>Message (optional)</source>
      <translation>Message (optional)</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="190" />
      <source>Skipped: %1</source>
      <translation>Skipped: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="195" />
      <source>Held back: last sent %1</source>
      <translation>Held back: last sent %1</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="197" />
      <source>Again: the last one (%1) could not be delivered</source>
      <translation>Again: the last one (%1) could not be delivered</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="199" />
      <source>Reminder; last sent %1 (%n sent before)</source>
      <translation>
        <numerusform>Reminder; last sent %1 (%Ln sent before)</numerusform>
        <numerusform>Reminder; last sent %1 (%Ln sent before)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="202" />
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="223" />
      <source>Requests: %1 · Reminders: %2 · Skipped: %3</source>
      <translation>Requests: %1 · Reminders: %2 · Skipped: %3</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="257" />
      <source>Send many e-mails</source>
      <translation>Send many e-mails</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="258" />
      <source>Send %n e-mail(s) to approving managers?</source>
      <translation>
        <numerusform>Send %Ln e-mail to approving managers?</numerusform>
        <numerusform>Send %Ln e-mails to approving managers?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="263" />
      <source>Each registration's approving manager gets one e-mail; it cannot be recalled.</source>
      <translation>Each registration's approving manager gets one e-mail; it cannot be recalled.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/participants/dialogs.py" line="267" />
      <source>Send %n e-mail(s)</source>
      <translation>
        <numerusform>Send %Ln e-mail</numerusform>
        <numerusform>Send %Ln e-mails</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="269" />
      <source>Don't send</source>
      <translation>Don't send</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="286" />
      <source>Queued for sending: requests %1, reminders %2.</source>
      <translation>Queued for sending: requests %1, reminders %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="292" />
      <source>Skipped: %1 (%2).</source>
      <translation>Skipped: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="296" />
      <source>Refused: %1.</source>
      <translation>Refused: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="309" />
      <source>Not sent:</source>
      <translation>Not sent:</translation>
    </message>
    <message>
      <location filename="../../desktop/participants/dialogs.py" line="314" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>Retention</name>
    <message>
      <location filename="../../desktop/admin/retention.py" line="39" />
      <source>denied alumni registrations</source>
      <extracomment>How many of the last runs the window lists. Each rule as a run's count names it.</extracomment>
      <translation>denied alumni registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="42" />
      <source>mail and SMS texts</source>
      <translation>mail and SMS texts</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="43" />
      <source>expired links, sessions and codes</source>
      <translation>expired links, sessions and codes</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="46" />
      <source>audit events</source>
      <translation>audit events</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../desktop/admin/retention.py" line="76" />
      <source>Retention</source>
      <translation>Retention</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="79" />
      <source> months after the decision</source>
      <translation> months after the decision</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="80" />
      <source> days after sending</source>
      <translation> days after sending</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="81" />
      <source> days after expiry</source>
      <translation> days after expiry</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="82" />
      <source> years</source>
      <translation> years</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="85" />
      <source>Denied alumni registrations:</source>
      <translation>Denied alumni registrations:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="86" />
      <source>Texts of mails and SMS sent:</source>
      <translation>Texts of mails and SMS sent:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="87" />
      <source>Expired links, sessions and codes:</source>
      <translation>Expired links, sessions and codes:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="88" />
      <source>Audit events:</source>
      <translation>Audit events:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="98" />
      <source>Kansli removes these every night, and lists here what each run removed. Kept regardless: signatures (as long as their order), invoices and payments (as bookkeeping law requires), consents with their withdrawals. See docs/PRIVACY.md.</source>
      <translation>Kansli removes these every night, and lists here what each run removed. Kept regardless: signatures (as long as their order), invoices and payments (as bookkeeping law requires), consents with their withdrawals. See docs/PRIVACY.md.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="121" />
      <source>No run yet: the first runs tonight.</source>
      <translation>No run yet: the first runs tonight.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="122" />
      <source>Last runs:</source>
      <translation>Last runs:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="128" />
      <source>%1 — removed: %2</source>
      <translation>%1 — removed: %2</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/retention.py" line="139" />
      <source>change of the retention rules</source>
      <translation>change of the retention rules</translation>
    </message>
  </context>
  <context>
    <name>ReturningWindow</name>
    <message>
      <location filename="../../desktop/courses/returning.py" line="59" />
      <source>Per course</source>
      <extracomment>The groupings to choose, by key: (the choice, the first column's header).</extracomment>
      <translation>Per course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="60" />
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="63" />
      <source>Per category</source>
      <translation>Per category</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="64" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="83" />
      <source>%1 of %2 (%3 %)</source>
      <extracomment>The tables whose changes count again. The chart's lines: the selected row's, every course's.</extracomment>
      <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="102" />
      <source>No category</source>
      <translation>No category</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="103" />
      <location filename="../../desktop/courses/returning.py" line="372" />
      <source>All courses</source>
      <translation>All courses</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="140" />
      <location filename="../../desktop/courses/returning.py" line="435" />
      <location filename="../../desktop/courses/returning.py" line="444" />
      <location filename="../../desktop/courses/returning.py" line="449" />
      <source>Returning participants</source>
      <translation>Returning participants</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="146" />
      <source>Per</source>
      <translation>Per</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="147" />
      <source>&amp;Show:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="149" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="150" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="158" />
      <source>Nobody has taken part in a course yet.</source>
      <translation>Nobody has taken part in a course yet.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="169" />
      <source>Returning participants per term</source>
      <translation>Returning participants per term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="170" />
      <source>Came from</source>
      <translation>Came from</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="171" />
      <source>Came back</source>
      <translation>Came back</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="181" />
      <source>A participant returns when they took part in any course in an earlier term; a person is counted once per row and term, a merged duplicate as the person kept. Taking part: a place on a round that was not cancelled.</source>
      <translation>A participant returns when they took part in any course in an earlier term; a person is counted once per row and term, a merged duplicate as the person kept. Taking part: a place on a round that was not cancelled.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="209" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="231" />
      <source>Counting returning participants</source>
      <translation>Counting returning participants</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="257" />
      <location filename="../../desktop/courses/returning.py" line="328" />
      <source>All terms</source>
      <translation>All terms</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="321" />
      <source>&lt;b&gt;Came from&lt;/b&gt; (returning participants of %1 by earlier course)</source>
      <translation>&lt;b&gt;Came from&lt;/b&gt; (returning participants of %1 by earlier course)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="326" />
      <source>&lt;b&gt;Came back&lt;/b&gt; (of each term's participants, those in a later term)</source>
      <translation>&lt;b&gt;Came back&lt;/b&gt; (of each term's participants, those in a later term)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="329" />
      <source>Earlier course</source>
      <translation>Earlier course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="332" />
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="332" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="365" />
      <source>Share of participants returning (%)</source>
      <translation>Share of participants returning (%)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="410" />
      <source>participants</source>
      <translation>participants</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="410" />
      <source>returning</source>
      <translation>returning</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="410" />
      <source>share</source>
      <translation>share</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="434" />
      <source>Returning of the participants per term</source>
      <translation>Returning of the participants per term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="444" />
      <source>Export the report</source>
      <translation>Export the report</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/returning.py" line="452" />
      <source>Saved %1.</source>
      <translation>Saved %1.</translation>
    </message>
  </context>
  <context>
    <name>ReverseDialog</name>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="142" />
      <location filename="../../desktop/alumni/dialogs.py" line="163" />
      <source>Reverse decision</source>
      <translation>Reverse decision</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="146" />
      <source>The decision on &lt;b&gt;%1&lt;/b&gt; (%2) has reached the server. Reverse it? The item goes back to the manual queue; an approval's membership and the contact details it added are taken back.</source>
      <translation>The decision on &lt;b&gt;%1&lt;/b&gt; (%2) has reached the server. Reverse it? The item goes back to the manual queue; an approval's membership and the contact details it added are taken back.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="150" />
      <source>this alumnus</source>
      <translation>this alumnus</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="154" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="156" />
      <source>Why is the decision reversed?</source>
      <translation>Why is the decision reversed?</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="157" />
      <source>Reason for the reversal</source>
      <translation>Reason for the reversal</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/dialogs.py" line="159" />
      <source>Give a reason for the reversal.</source>
      <translation>Give a reason for the reversal.</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="43" />
      <source>Has not completed {course}</source>
      <extracomment>The reasons a booking gives (``models.prerequisites.Reason``), by code: their values fill in ``{course}`` (the required course's name) and ``{amount}`` (kronor).</extracomment>
      <translation>Has not completed {course}</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="44" />
      <source>Fees overdue: {amount}</source>
      <translation>Fees overdue: {amount}</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="127" />
      <source>acceptance of %1</source>
      <translation>acceptance of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="129" />
      <source>decline of %1</source>
      <translation>decline of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="176" />
      <source>Participant</source>
      <extracomment>The participant's profile is asked for (Return, a double click, Open profile).</extracomment>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="177" />
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="178" />
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="183" />
      <source>Why it waits</source>
      <translation>Why it waits</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="179" />
      <source>Signed up</source>
      <translation>Signed up</translation>
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="195" />
      <source>Sign-ups for review</source>
      <translation>Sign-ups for review</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="197" />
      <source>No sign-ups wait for review: every booking met the course's checks.</source>
      <translation>No sign-ups wait for review: every booking met the course's checks.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="232" />
      <source>A sign-up waits here when the participant has not completed a course the round requires, or has fees overdue. Accept gives a place (the waiting list when the round is full) and charges the booking; Decline cancels it. Keys: A accept, D decline, U undo.</source>
      <translation>A sign-up waits here when the participant has not completed a course the round requires, or has fees overdue. Accept gives a place (the waiting list when the round is full) and charges the booking; Decline cancels it. Keys: A accept, D decline, U undo.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="161" />
      <source>Accepted: %1 has a place.</source>
      <extracomment>What the message says about a registration after its acceptance, by its status.</extracomment>
      <translation>Accepted: %1 has a place.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="162" />
      <source>Accepted: %1 is on the waiting list (the round is full).</source>
      <translation>Accepted: %1 is on the waiting list (the round is full).</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="203" />
      <source>&amp;Accept</source>
      <extracomment>The row to choose once the list is reloaded after a decision.</extracomment>
      <translation>&amp;Accept</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="203" />
      <source>Give a place (A)</source>
      <translation>Give a place (A)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="206" />
      <source>&amp;Decline…</source>
      <translation>&amp;Decline…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="206" />
      <source>Cancel the sign-up (D)</source>
      <translation>Cancel the sign-up (D)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="208" />
      <location filename="../../desktop/courses/review_list.py" line="253" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="211" />
      <source>Open &amp;profile</source>
      <translation>Open &amp;profile</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="213" />
      <source>The participant's courses and level approvals (Return)</source>
      <translation>The participant's courses and level approvals (Return)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="215" />
      <source>Open profile</source>
      <translation>Open profile</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="217" />
      <source>Accept</source>
      <translation>Accept</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="218" />
      <source>Decline</source>
      <translation>Decline</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="219" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="253" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Undo %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="293" />
      <source>Accepted: %1.</source>
      <translation>Accepted: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="295" />
      <source>Declined: %1.</source>
      <translation>Declined: %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/review_list.py" line="296" />
      <source>U takes it back while it is not sent.</source>
      <translation>U takes it back while it is not sent.</translation>
    </message>
  </context>
  <context>
    <name>RoleChoice</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="63" />
      <source>Roles</source>
      <extracomment>The label of a sign-in on the staff web sign-in page (the server's ``server.services.auth.WEB_SIGN_IN_LABEL``).</extracomment>
      <translation>Roles</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../../desktop/admin/texts.py" line="22" />
      <source>Administrator</source>
      <extracomment>Role code -&gt; English name (context "Roles"), in the order the dialogs list them.</extracomment>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="23" />
      <source>Course administrator</source>
      <translation>Course administrator</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="24" />
      <source>Alumni officer</source>
      <translation>Alumni officer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="25" />
      <source>Agent case handler</source>
      <translation>Agent case handler</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="26" />
      <source>Attestant</source>
      <translation>Attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="27" />
      <source>Treasurer</source>
      <translation>Treasurer</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="28" />
      <source>Service desk</source>
      <translation>Service desk</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="29" />
      <source>Viewer (read only)</source>
      <translation>Viewer (read only)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="34" />
      <source>Everything, including users, rules and personal data</source>
      <extracomment>What each role may do, for the role check boxes' tips.</extracomment>
      <translation>Everything, including users, rules and personal data</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="37" />
      <source>Courses, rounds, registrations and approval requests</source>
      <translation>Courses, rounds, registrations and approval requests</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="40" />
      <source>The alumni queue, student records and personal data</source>
      <translation>The alumni queue, student records and personal data</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="43" />
      <source>Reviews and approves agent orders</source>
      <translation>Reviews and approves agent orders</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="44" />
      <source>Signs (attests) agent orders</source>
      <translation>Signs (attests) agent orders</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="45" />
      <source>Payments, invoices, reminders, accounting settings and the SIE export</source>
      <translation>Payments, invoices, reminders, accounting settings and the SIE export</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="48" />
      <source>Works the service desk's cases of attested agent orders</source>
      <translation>Works the service desk's cases of attested agent orders</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="51" />
      <source>Sees the lists, changes nothing</source>
      <translation>Sees the lists, changes nothing</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="57" />
      <source>Agent administrator</source>
      <extracomment>An agent organisation's administrator (an ``admin`` membership in the agent): named where a user's roles are listed, never offered among the tenant's roles.</extracomment>
      <translation>Agent administrator</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="64" />
      <source>Other role (%1)</source>
      <translation>Other role (%1)</translation>
    </message>
  </context>
  <context>
    <name>RolesDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="179" />
      <source>Roles of %1</source>
      <extracomment>(user id, roles)</extracomment>
      <translation>Roles of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="182" />
      <source>A change applies from the user's next sync or page.</source>
      <translation>A change applies from the user's next sync or page.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="184" />
      <source>Save roles</source>
      <translation>Save roles</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="154" />
      <source>Copy round to a new term</source>
      <translation>Copy round to a new term</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="156" />
      <source>New round</source>
      <translation>New round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="158" />
      <source>Edit round</source>
      <translation>Edit round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="174" />
      <source>e.g. HT2027</source>
      <translation>e.g. HT2027</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="180" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="185" />
      <source>Not limited</source>
      <translation>Not limited</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="191" />
      <source>kronor, e.g. 4 500</source>
      <translation>kronor, e.g. 4 500</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="193" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="194" />
      <source>Term:</source>
      <translation>Term:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="195" />
      <source>Starts:</source>
      <translation>Starts:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="196" />
      <source>Ends:</source>
      <translation>Ends:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="197" />
      <source>Place:</source>
      <translation>Place:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="198" />
      <source>Seats:</source>
      <translation>Seats:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="199" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="202" />
      <source>Registration opens:</source>
      <translation>Registration opens:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="207" />
      <source>Registration closes:</source>
      <translation>Registration closes:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="210" />
      <source>Price (kr):</source>
      <translation>Price (kr):</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="214" />
      <source>Partner course:</source>
      <translation>Partner course:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="215" />
      <source>Participants sign up in pairs</source>
      <translation>Participants sign up in pairs</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/dialogs.py" line="224" />
      <source>Copy its %n session(s), moved with the start date</source>
      <extracomment>A copy can take the round's sessions along, moved with the start date.</extracomment>
      <translation>
        <numerusform>Copy its %Ln session, moved with the start date</numerusform>
        <numerusform>Copy its %Ln sessions, moved with the start date</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="229" />
      <source>The sign-up form and the terms are set on the round's page.</source>
      <translation>The sign-up form and the terms are set on the round's page.</translation>
    </message>
  </context>
  <context>
    <name>RoundPage</name>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="101" />
      <source>Seats</source>
      <extracomment>A tab of the main window that lists rows (:class:`~desktop.common.tab_view.TabView`).</extracomment>
      <translation>Seats</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="102" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="103" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="104" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="105" />
      <source>Approval not requested</source>
      <translation>Approval not requested</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="106" />
      <source>Waiting list</source>
      <translation>Waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="107" />
      <source>For review</source>
      <translation>For review</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="113" />
      <source>Add registration…</source>
      <translation>Add registration…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="115" />
      <source>Import participants…</source>
      <translation>Import participants…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="117" />
      <source>Add the participants of a CSV or Excel file to this round</source>
      <translation>Add the participants of a CSV or Excel file to this round</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="120" />
      <source>Send approval requests…</source>
      <translation>Send approval requests…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="122" />
      <source>Ask the approving managers of all registrations not yet approved</source>
      <translation>Ask the approving managers of all registrations not yet approved</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="125" />
      <source>Sign-up form…</source>
      <translation>Sign-up form…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="127" />
      <source>Texts, questions, preview and publishing of the round's sign-up page</source>
      <translation>Texts, questions, preview and publishing of the round's sign-up page</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="130" />
      <source>Print participant list…</source>
      <translation>Print participant list…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="133" />
      <source>Print attendance sheet…</source>
      <translation>Print attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="136" />
      <source>Attendance…</source>
      <translation>Attendance…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="138" />
      <source>Who was at each session: mark by hand, totals, a session's sheet</source>
      <translation>Who was at each session: mark by hand, totals, a session's sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="141" />
      <source>Send participant list…</source>
      <translation>Send participant list…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="143" />
      <source>E-mail links to the participant list and attendance sheet to a customer</source>
      <translation>E-mail links to the participant list and attendance sheet to a customer</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="146" />
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="150" />
      <source>Attendance sheet as PDF…</source>
      <translation>Attendance sheet as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="151" />
      <source>Participant list as PDF…</source>
      <translation>Participant list as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="199" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="200" />
      <source>Sign-up form</source>
      <translation>Sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="202" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="205" />
      <source>Check-in…</source>
      <translation>Check-in…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="207" />
      <source>Check participants in at the selected session: scanner, camera or typed</source>
      <translation>Check participants in at the selected session: scanner, camera or typed</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="229" />
      <source>Edit round…</source>
      <translation>Edit round…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="231" />
      <source>Copy to a new term…</source>
      <translation>Copy to a new term…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="237" />
      <source>Cancellation terms…</source>
      <translation>Cancellation terms…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="239" />
      <source>Until when a cancellation gets its money back, less which fee, and how</source>
      <translation>Until when a cancellation gets its money back, less which fee, and how</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="244" />
      <source>&amp;Partner course</source>
      <translation>&amp;Partner course</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="246" />
      <source>Participants sign up in pairs: each booking names the partner</source>
      <translation>Participants sign up in pairs: each booking names the partner</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="305" />
      <source>This round has no sign-up form.</source>
      <translation>This round has no sign-up form.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="308" />
      <source>No sign-up form. Registrations are added by hand.</source>
      <translation>No sign-up form. Registrations are added by hand.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="311" />
      <source>Published</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="311" />
      <source>Not published</source>
      <translation>Not published</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="318" />
      <source>Next session: %1</source>
      <translation>Next session: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="359" />
      <source>Registration %1 – %2</source>
      <translation>Registration %1 – %2</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="486" />
      <source>Save attendance sheet</source>
      <translation>Save attendance sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/round_page.py" line="488" />
      <source>Save participant list</source>
      <translation>Save participant list</translation>
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
        <numerusform>%Ln page saved as %1</numerusform>
        <numerusform>%Ln pages saved as %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RowDialog</name>
    <message>
      <location filename="../../desktop/common/row_dialog.py" line="111" />
      <source>Save</source>
      <extracomment>The titles of a new row and of an edited one (source texts in the class's context), used when no title is given. The context of :attr:`titles` ("": the class's name).</extracomment>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>RowOps</name>
    <message>
      <location filename="../../desktop/operations/rows.py" line="67" />
      <source>creating %1</source>
      <translation>creating %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="78" />
      <source>edit of %1</source>
      <translation>edit of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="88" />
      <source>Saving %1</source>
      <translation>Saving %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="110" />
      <source>archiving %1</source>
      <translation>archiving %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="112" />
      <source>restoring %1</source>
      <translation>restoring %1</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/rows.py" line="123" />
      <source>Archiving %1</source>
      <translation>Archiving %1</translation>
    </message>
  </context>
  <context>
    <name>RowsEditWindow</name>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="221" />
      <source>&amp;New…</source>
      <extracomment>The rows' commands: its dialog's. Changes to their table reload the list too (``watched`` names the others).</extracomment>
      <translation>&amp;New…</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="222" />
      <source>&amp;Edit…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="224" />
      <location filename="../../desktop/common/rows_window.py" line="246" />
      <source>&amp;Archive</source>
      <translation>&amp;Archive</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="227" />
      <source>Show archived</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="231" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="246" />
      <source>&amp;Restore</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="253" />
      <source>%1 (archived)</source>
      <translation>%1 (archived)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="283" />
      <source>Archived: %1. Edit › Undo takes it back.</source>
      <translation>Archived: %1. Edit › Undo takes it back.</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="285" />
      <source>Restored: %1.</source>
      <translation>Restored: %1.</translation>
    </message>
  </context>
  <context>
    <name>RowsModel</name>
    <message>
      <location filename="../../desktop/common/rows_model.py" line="52" />
      <source>Yes</source>
      <extracomment>Longer text for the header's tooltip (English source, same context). In an export, these (row key, title) columns of the row's own values instead (a range of dates as a real start and end date).</extracomment>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_model.py" line="53" />
      <source>No</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>RowsWindow</name>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="177" />
      <source>Close</source>
      <extracomment>The row's id (a new one's made up here). What the table says while it lists nothing. The note under the table. The tooltip of Archive. The tables whose changes reload the list. The window's texts; a window may set its own with ``self.tr`` after ``__init__`` instead (its title, :meth:`TableView.set_empty_text`, the hint of :meth:`lay_out`). The list has been shown once.</extracomment>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/common/rows_window.py" line="190" />
      <source>Undone: %1</source>
      <translation>Undone: %1</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="111" />
      <source>Rules for automatic alumni approval</source>
      <extracomment>A rule was saved (queued): its id. The list of rules was (re)loaded.</extracomment>
      <translation>Rules for automatic alumni approval</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="115" />
      <source>A registration that matches no existing person is approved automatically when every active rule holds on one of the alumnus' student records. The others go to the manual queue.</source>
      <translation>A registration that matches no existing person is approved automatically when every active rule holds on one of the alumnus' student records. The others go to the manual queue.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="121" />
      <source>Only administrators can change the rules.</source>
      <translation>Only administrators can change the rules.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="126" />
      <source>Rules</source>
      <translation>Rules</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="128" />
      <source>&amp;Add rule</source>
      <translation>&amp;Add rule</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="129" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="131" />
      <source>The rule stops applying; it is kept as inactive and can be turned on again</source>
      <translation>The rule stops applying; it is kept as inactive and can be turned on again</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="139" />
      <source>Kind of rule</source>
      <translation>Kind of rule</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="143" />
      <source>Minimum credits</source>
      <translation>Minimum credits</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="143" />
      <source>for example 180</source>
      <translation>for example 180</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="146" />
      <source>Programmes</source>
      <translation>Programmes</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="147" />
      <source>One programme code or name per line</source>
      <translation>One programme code or name per line</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="150" />
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="150" />
      <source>for example 2010</source>
      <translation>for example 2010</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="152" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="156" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="157" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="161" />
      <source>Kind:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="165" />
      <source>Credits:</source>
      <translation>Credits:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="166" />
      <source>Programmes:</source>
      <translation>Programmes:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="167" />
      <source>After year:</source>
      <translation>After year:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="168" />
      <source>Description:</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="169" />
      <source>Order:</source>
      <translation>Order:</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="172" />
      <source>&amp;Save rule</source>
      <translation>&amp;Save rule</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="246" />
      <source>No rules yet: nothing is approved automatically by rules.</source>
      <translation>No rules yet: nothing is approved automatically by rules.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="278" />
      <source>New rule</source>
      <translation>New rule</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="291" />
      <source>Edit rule</source>
      <translation>Edit rule</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="327" />
      <source>Credits must be a number from 0 to 1000, for example 180.</source>
      <translation>Credits must be a number from 0 to 1000, for example 180.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="335" />
      <source>Give at least one programme.</source>
      <translation>Give at least one programme.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="345" />
      <source>The year must be a whole year from 1900 to %1.</source>
      <translation>The year must be a whole year from 1900 to %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="379" />
      <source>Saved. The change is sent to the server with the next sync.</source>
      <translation>Saved. The change is sent to the server with the next sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="381" />
      <source>Saved in the local database.</source>
      <translation>Saved in the local database.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="413" />
      <source>Remove rule</source>
      <translation>Remove rule</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="415" />
      <source>Remove “%1”? It stops applying to new registrations; it is kept as inactive and can be turned on again.</source>
      <translation>Remove “%1”? It stops applying to new registrations; it is kept as inactive and can be turned on again.</translation>
    </message>
    <message>
      <location filename="../../desktop/alumni/rules.py" line="421" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>SavedFile</name>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="26" />
      <source>Saved</source>
      <translation>Saved</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="32" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="35" />
      <source>Show in folder</source>
      <translation>Show in folder</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="59" />
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="60" />
      <source>The file could not be saved:
%1</source>
      <translation>The file could not be saved:
%1</translation>
    </message>
    <message>
      <location filename="../../desktop/common/saved_file.py" line="66" />
      <source>Reason: %1. Choose another folder or file name and try again.</source>
      <translation>Reason: %1. Choose another folder or file name and try again.</translation>
    </message>
  </context>
  <context>
    <name>SendParticipantListDialog</name>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="106" />
      <source>Send participant list</source>
      <translation>Send participant list</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="108" />
      <source>For</source>
      <translation>For</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="110" />
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="112" />
      <source>You are offline: the list is sent when this computer next syncs.</source>
      <translation>You are offline: the list is sent when this computer next syncs.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="116" />
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="119" />
      <source>The participant list and the attendance sheet of %1 are sent as links that work for 14 days, not as attachments.</source>
      <translation>The participant list and the attendance sheet of %1 are sent as links that work for 14 days, not as attachments.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="125" />
      <source>For:</source>
      <translation>For:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="127" />
      <source>Who gets it:</source>
      <translation>Who gets it:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="131" />
      <source>The notification bindings of the participant list (Administration) may name other recipients too.</source>
      <translation>The notification bindings of the participant list (Administration) may name other recipients too.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="147" />
      <source>Contract %1 (%2)</source>
      <translation>Contract %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="149" />
      <source>Customer %1</source>
      <translation>Customer %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="152" />
      <source>There are no customers to send the list to.</source>
      <translation>There are no customers to send the list to.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/send_list.py" line="167" />
      <source>Nobody: no contact has the role Notification recipient here. Give a contact that role on the Organisations tab.</source>
      <translation>Nobody: no contact has the role Notification recipient here. Give a contact that role on the Organisations tab.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/courses/send_list.py" line="184" />
      <source>Participant list queued for sending to %n recipient(s).</source>
      <translation>
        <numerusform>Participant list queued for sending to %Ln recipient.</numerusform>
        <numerusform>Participant list queued for sending to %Ln recipients.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ServerListWindow</name>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="87" />
      <source>Any</source>
      <translation>Any</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="179" />
      <source>Try again</source>
      <extracomment>Why there is no list when this copy of the data has no server (English source, context "UsersAdmin"), and while the server cannot be reached. Refusals worded for this window (:func:`describe_error`'s ``overrides``). Whether a failure because the server cannot be reached says OFFLINE (else the general words of :func:`describe_error`). The list's name (the window's object name; the table's saved layout), the window's title (English, in the context of the window's class; "": the subclass sets it) and the list's model: ``MODEL()``, else a :class:`FilteredRowsModel` of ``COLUMNS``. The list's model (made from the class unless given). The list arrived from the server (or the attempt ended: ``loaded`` says which). An action finished: (what was done, in words; "" when it failed), after the list was asked for again. ``rows_model``: the same model (its older name). The server's list is shown; a call is under way. The open dialog of an action, if any (tests and the window's state use it). Columns fitted to the first list (unless the user's layout was kept).</extracomment>
      <translation>Try again</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="196" />
      <source>Re&amp;fresh</source>
      <extracomment>The actions the table's context menu offers.</extracomment>
      <translation>Re&amp;fresh</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="196" />
      <source>Ask the server for the list again</source>
      <translation>Ask the server for the list again</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="289" />
      <source>%1 of %2 shown</source>
      <translation>%1 of %2 shown</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="329" />
      <source>Asking the server…</source>
      <translation>Asking the server…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/server_window.py" line="363" />
      <source>No users match the filter.</source>
      <translation>No users match the filter.</translation>
    </message>
  </context>
  <context>
    <name>ServiceDesk</name>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="12" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="13" />
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="14" />
      <source>Waiting (customer or agent)</source>
      <translation>Waiting (customer or agent)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="15" />
      <source>Resolved</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/labels.py" line="16" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="68" />
      <source>Open cases</source>
      <extracomment>The status filter's choices: its key ("open", "" for all, or a status) and text.</extracomment>
      <translation>Open cases</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="69" />
      <source>All cases</source>
      <translation>All cases</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="127" />
      <source>Case</source>
      <extracomment>An agent order's page is asked for (Open order in a case).</extracomment>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="128" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="129" />
      <source>Assigned to</source>
      <translation>Assigned to</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="132" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="136" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="137" />
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
  </context>
  <context>
    <name>ServiceDeskCasesWindow</name>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="147" />
      <source>Service-desk cases</source>
      <extracomment>The order (its number and the customer's name, of any length) takes the room the others leave: the last column, Updated, is never cut off behind a scroll bar.</extracomment>
      <translation>Service-desk cases</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="152" />
      <source>No cases here. A case is opened when a customer has attested an agent order.</source>
      <translation>No cases here. A case is opened when a customer has attested an agent order.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="156" />
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="160" />
      <source>&amp;Show:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="162" />
      <source>Assigned to &amp;me</source>
      <translation>Assigned to &amp;me</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="166" />
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="166" />
      <source>The case and its notes (Return)</source>
      <translation>The case and its notes (Return)</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="169" />
      <source>&amp;Take</source>
      <translation>&amp;Take</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="169" />
      <source>Assign the case to yourself</source>
      <translation>Assign the case to yourself</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="171" />
      <source>Open case</source>
      <translation>Open case</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="177" />
      <source>The service desk's cases of attested agent orders. Open a case to read and write its notes, assign it and change its status; changes made offline are sent with the next sync.</source>
      <extracomment>The case windows open, by case id.</extracomment>
      <translation>The service desk's cases of attested agent orders. Open a case to read and write its notes, assign it and change its status; changes made offline are sent with the next sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/service_desk/cases.py" line="228" />
      <source>%1 is assigned to you.</source>
      <translation>%1 is assigned to you.</translation>
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="122" />
      <source>New session</source>
      <extracomment>The dialog's title: a new session, an edited one.</extracomment>
      <translation>New session</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="123" />
      <source>Edit session</source>
      <translation>Edit session</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="143" />
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="152" />
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="157" />
      <source>No leader</source>
      <translation>No leader</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="157" />
      <source>Choose the session's leader</source>
      <translation>Choose the session's leader</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="142" />
      <source>Day:</source>
      <translation>Day:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="147" />
      <source>Starts at:</source>
      <translation>Starts at:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="148" />
      <source>Ends at:</source>
      <translation>Ends at:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="153" />
      <source>Room:</source>
      <translation>Room:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="156" />
      <source>Leader:</source>
      <translation>Leader:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="161" />
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="188" />
      <source>the session on %1</source>
      <translation>the session on %1</translation>
    </message>
  </context>
  <context>
    <name>Sessions</name>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="52" />
      <source>Day</source>
      <extracomment>What a session form shows and edits (session.add's arguments but the ids).</extracomment>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="53" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="54" />
      <source>Room</source>
      <translation>Room</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="55" />
      <source>Leader</source>
      <translation>Leader</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="56" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="104" />
      <source>removing the session %1</source>
      <translation>removing the session %1</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="116" />
      <source>Removing the session %1</source>
      <translation>Removing the session %1</translation>
    </message>
  </context>
  <context>
    <name>SessionsDialog</name>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="424" />
      <source>Sessions of %1</source>
      <extracomment>(user id, session id) The server's list has arrived at least once.</extracomment>
      <translation>Sessions of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="428" />
      <source>Signed in</source>
      <translation>Signed in</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="428" />
      <source>Ends</source>
      <translation>Ends</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="428" />
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="435" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="438" />
      <source>&amp;Revoke</source>
      <translation>&amp;Revoke</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="439" />
      <source>End the selected session: it must sign in again</source>
      <translation>End the selected session: it must sign in again</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="442" />
      <source>Re&amp;fresh</source>
      <translation>Re&amp;fresh</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="455" />
      <source>Asking the server…</source>
      <translation>Asking the server…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="463" />
      <source>Unnamed sign-in</source>
      <translation>Unnamed sign-in</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="465" />
      <source>Web browser (staff pages)</source>
      <translation>Web browser (staff pages)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/dialogs.py" line="478" />
      <source>No open sessions: the user is signed out everywhere.</source>
      <translation>No open sessions: the user is signed out everywhere.</translation>
    </message>
  </context>
  <context>
    <name>SessionsTab</name>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="219" />
      <source>Add session…</source>
      <extracomment>The next session as a line ("" when none is ahead), after each load. What "next" counts from (a test sets its own day).</extracomment>
      <translation>Add session…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="220" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="221" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/sessions.py" line="255" />
      <source>No sessions yet — Add session… plans one.</source>
      <translation>No sessions yet — Add session… plans one.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="45" />
      <source>Settings</source>
      <extracomment>The demo server's address while the demo runs: shown, not saved as the user's.</extracomment>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="47" />
      <location filename="../../desktop/settings_dialog.py" line="94" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="48" />
      <source>Used at the next sign-in.</source>
      <translation>Used at the next sign-in.</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="53" />
      <source>The demo server on this computer; your own server address is kept.</source>
      <translation>The demo server on this computer; your own server address is kept.</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="58" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="60" />
      <source>Sync interval</source>
      <translation>Sync interval</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="62" />
      <location filename="../../desktop/settings_dialog.py" line="97" />
      <location filename="../../desktop/settings_dialog.py" line="99" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="63" />
      <source>Follow the system</source>
      <translation>Follow the system</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="70" />
      <source>Blank rows on attendance sheets</source>
      <translation>Blank rows on attendance sheets</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="72" />
      <source>The organisation's name from the server</source>
      <translation>The organisation's name from the server</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="73" />
      <source>Organisation name in the header</source>
      <translation>Organisation name in the header</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="74" />
      <source>Print the e-mail column</source>
      <translation>Print the e-mail column</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="80" />
      <location filename="../../desktop/settings_dialog.py" line="107" />
      <source>Days before a reminder</source>
      <translation>Days before a reminder</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="83" />
      <source>A reminder sooner than this after the last request is held back unless you choose to send it anyway</source>
      <translation>A reminder sooner than this after the last request is held back unless you choose to send it anyway</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="90" />
      <location filename="../../desktop/settings_dialog.py" line="108" />
      <source>Ask before sending more e-mails than</source>
      <translation>Ask before sending more e-mails than</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="92" />
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="96" />
      <source>Sync every</source>
      <translation>Sync every</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="100" />
      <source>Printing</source>
      <translation>Printing</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="102" />
      <source>Blank rows for walk-ins</source>
      <translation>Blank rows for walk-ins</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="103" />
      <source>Organisation in the header</source>
      <translation>Organisation in the header</translation>
    </message>
    <message>
      <location filename="../../desktop/settings_dialog.py" line="105" />
      <source>Approval requests</source>
      <translation>Approval requests</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../desktop/help.py" line="94" />
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../desktop/help.py" line="96" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../desktop/help.py" line="96" />
      <source>Keys</source>
      <translation>Keys</translation>
    </message>
  </context>
  <context>
    <name>SieExportDialog</name>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="72" />
      <source>Export SIE file</source>
      <translation>Export SIE file</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="75" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="77" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="79" />
      <source>4E: full export (accounts, balances, vouchers)</source>
      <translation>4E: full export (accounts, balances, vouchers)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="80" />
      <source>4I: vouchers only</source>
      <translation>4I: vouchers only</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="81" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="83" />
      <source>&amp;From:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="84" />
      <source>&amp;To:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="85" />
      <source>T&amp;ype:</source>
      <translation>T&amp;ype:</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="88" />
      <source>The period lies within one fiscal year (Accounting settings: Fiscal year and series…). The file holds one voucher per booking, payment, cancellation, fee and reminder of the period, and with accrual one per month of a course's fee.</source>
      <translation>The period lies within one fiscal year (Accounting settings: Fiscal year and series…). The file holds one voucher per booking, payment, cancellation, fee and reminder of the period, and with accrual one per month of a course's fee.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="98" />
      <source>Making the file</source>
      <translation>Making the file</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="105" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="123" />
      <source>Save SIE file</source>
      <extracomment>Where to save, asked of the user (tests put their own here). The last file saved (tests wait on it).</extracomment>
      <translation>Save SIE file</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="125" />
      <source>SIE files (*.se *.si);;All files (*)</source>
      <translation>SIE files (*.se *.si);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="149" />
      <source>The period ends before it starts.</source>
      <translation>The period ends before it starts.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="155" />
      <source>The ledger is kept on the server, and this copy of the data is not connected to one. Sign in to the server to export.</source>
      <translation>The ledger is kept on the server, and this copy of the data is not connected to one. Sign in to the server to export.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="167" />
      <source>Making the file…</source>
      <translation>Making the file…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="171" />
      <source>Exporting the SIE file</source>
      <translation>Exporting the SIE file</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="180" />
      <source>The file could not be saved: %1</source>
      <translation>The file could not be saved: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/accounting/sie_export.py" line="186" />
      <source>Saved %n voucher(s) to %1.</source>
      <translation>
        <numerusform>Saved %Ln voucher to %1.</numerusform>
        <numerusform>Saved %Ln vouchers to %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="192" />
      <source>The period must lie within one fiscal year: choose a shorter one.</source>
      <translation>The period must lie within one fiscal year: choose a shorter one.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="196" />
      <source>Only administrators and treasurers may export.</source>
      <translation>Only administrators and treasurers may export.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/sie_export.py" line="199" />
      <source>The file could not be made: %1</source>
      <translation>The file could not be made: %1</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="180" />
      <source>Opening the page…</source>
      <extracomment>The page finished loading: True when it shows the server's page. The offline message is shown, with its reason. A form of the page was sent and its answer loaded: the server may have changed data. "Open in browser" failed, with the reason. The language the server is asked for (the app's unless the caller chooses).</extracomment>
      <translation>Opening the page…</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="195" />
      <source>Back</source>
      <extracomment>False for a local database without a server: nothing to open, also not in a browser.</extracomment>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="200" />
      <source>Back to the page before</source>
      <translation>Back to the page before</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="254" />
      <location filename="../../desktop/webview/staff_page.py" line="349" />
      <source>Kansli is working on a local database without a server connection.</source>
      <translation>Kansli is working on a local database without a server connection.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="258" />
      <source>You are offline: the server cannot be reached.</source>
      <translation>You are offline: the server cannot be reached.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/staff_page.py" line="309" />
      <source>The server cannot be reached.</source>
      <translation>The server cannot be reached.</translation>
    </message>
  </context>
  <context>
    <name>StaffPageDialog</name>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="54" />
      <source>Open in browser</source>
      <extracomment>The languages of the server's pages, each named in itself.</extracomment>
      <translation>Open in browser</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="55" />
      <source>Open this page in your web browser, signed in</source>
      <translation>Open this page in your web browser, signed in</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="57" />
      <source>Reload</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="70" />
      <source>Page language</source>
      <translation>Page language</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/dialog.py" line="77" />
      <source>Shown in:</source>
      <translation>Shown in:</translation>
    </message>
  </context>
  <context>
    <name>StoreRecovery</name>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="26" />
      <source>The local database on this computer was missing, so a new one was made.</source>
      <translation>The local database on this computer was missing, so a new one was made.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="31" />
      <source>The local database on this computer was damaged, so a new one was made.</source>
      <translation>The local database on this computer was damaged, so a new one was made.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/recovery.py" line="37" />
      <source>Kept %n change(s) made here and not yet sent, to be sent to the server at the next sync.</source>
      <translation>
        <numerusform>Kept %Ln change made here and not yet sent, to be sent to the server at the next sync.</numerusform>
        <numerusform>Kept %Ln changes made here and not yet sent, to be sent to the server at the next sync.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="44" />
      <source>The data is fetched from the server again at the next sync.</source>
      <translation>The data is fetched from the server again at the next sync.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="50" />
      <source>The damaged file is kept at %1.</source>
      <translation>The damaged file is kept at %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/recovery.py" line="63" />
      <source>Local database rebuilt</source>
      <translation>Local database rebuilt</translation>
    </message>
  </context>
  <context>
    <name>SyncIssues</name>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="25" />
      <source>Create person</source>
      <extracomment>Each command as a user names it (every registered command has one: a test checks).</extracomment>
      <translation>Create person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="26" />
      <source>Edit person</source>
      <translation>Edit person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="27" />
      <source>Add e-mail address</source>
      <translation>Add e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="28" />
      <source>Remove e-mail address</source>
      <translation>Remove e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="29" />
      <source>Link contact</source>
      <translation>Link contact</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="30" />
      <source>Change contact roles</source>
      <translation>Change contact roles</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="31" />
      <source>Remove contact</source>
      <translation>Remove contact</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="32" />
      <source>Add phone number</source>
      <translation>Add phone number</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="33" />
      <source>Erase or anonymise person</source>
      <translation>Erase or anonymise person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="34" />
      <source>Set category</source>
      <translation>Set category</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="35" />
      <source>Set category of several</source>
      <translation>Set category of several</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="36" />
      <source>Create category</source>
      <translation>Create category</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="37" />
      <source>Rename category</source>
      <translation>Rename category</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="38" />
      <source>Archive category</source>
      <translation>Archive category</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="39" />
      <source>Create course</source>
      <translation>Create course</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="40" />
      <source>Edit course</source>
      <translation>Edit course</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="41" />
      <source>Archive course</source>
      <translation>Archive course</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="42" />
      <source>Create course round</source>
      <translation>Create course round</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="43" />
      <source>Edit course round</source>
      <translation>Edit course round</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="44" />
      <source>Archive course round</source>
      <translation>Archive course round</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="45" />
      <source>Set the round's terms</source>
      <translation>Set the round's terms</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="46" />
      <source>Add registration</source>
      <translation>Add registration</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="47" />
      <source>Set approving manager</source>
      <translation>Set approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="48" />
      <source>Send request to approving manager</source>
      <translation>Send request to approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="51" />
      <source>Remove approval</source>
      <translation>Remove approval</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="52" />
      <source>Cancel registration</source>
      <translation>Cancel registration</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="53" />
      <source>Add an internal note</source>
      <translation>Add an internal note</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="54" />
      <source>Withdraw an internal note</source>
      <translation>Withdraw an internal note</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="55" />
      <source>Move to the waiting list</source>
      <translation>Move to the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="56" />
      <source>Give a place</source>
      <translation>Give a place</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="57" />
      <source>Accept an offered place</source>
      <translation>Accept an offered place</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="58" />
      <source>Change sign-up form</source>
      <translation>Change sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="59" />
      <source>Add question to sign-up form</source>
      <translation>Add question to sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="60" />
      <source>Remove question from sign-up form</source>
      <translation>Remove question from sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="61" />
      <source>Change question of sign-up form</source>
      <translation>Change question of sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="62" />
      <source>Move question of sign-up form</source>
      <translation>Move question of sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="63" />
      <source>Alumni decision</source>
      <translation>Alumni decision</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="64" />
      <source>Change alumni rule</source>
      <translation>Change alumni rule</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="65" />
      <source>Reverse alumni decision</source>
      <translation>Reverse alumni decision</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="66" />
      <source>Review alumni's new details</source>
      <translation>Review alumni's new details</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="67" />
      <source>Import registrations</source>
      <translation>Import registrations</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="68" />
      <source>Create organisation</source>
      <translation>Create organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="69" />
      <source>Edit organisation</source>
      <translation>Edit organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="70" />
      <source>Archive organisation</source>
      <translation>Archive organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="71" />
      <source>Create customer</source>
      <translation>Create customer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="72" />
      <source>Edit customer</source>
      <translation>Edit customer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="73" />
      <source>Archive customer</source>
      <translation>Archive customer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="74" />
      <source>Create contract</source>
      <translation>Create contract</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="75" />
      <source>Edit contract</source>
      <translation>Edit contract</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="76" />
      <source>Archive contract</source>
      <translation>Archive contract</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="77" />
      <source>Create agent</source>
      <translation>Create agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="78" />
      <source>Edit agent</source>
      <translation>Edit agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="79" />
      <source>Archive agent</source>
      <translation>Archive agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="80" />
      <source>Add session</source>
      <translation>Add session</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="81" />
      <source>Edit session</source>
      <translation>Edit session</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="82" />
      <source>Remove session</source>
      <translation>Remove session</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="83" />
      <source>Send participant list</source>
      <translation>Send participant list</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="84" />
      <source>Create message template</source>
      <translation>Create message template</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="85" />
      <source>Edit message template</source>
      <translation>Edit message template</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="86" />
      <source>Publish message template</source>
      <translation>Publish message template</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="87" />
      <source>Create notification binding</source>
      <translation>Create notification binding</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="88" />
      <source>Edit notification binding</source>
      <translation>Edit notification binding</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="89" />
      <source>Archive notification binding</source>
      <translation>Archive notification binding</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="90" />
      <source>Add notification recipient</source>
      <translation>Add notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="91" />
      <source>Edit notification recipient</source>
      <translation>Edit notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="92" />
      <source>Archive notification recipient</source>
      <translation>Archive notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="95" />
      <source>Create membership type</source>
      <translation>Create membership type</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="96" />
      <source>Edit membership type</source>
      <translation>Edit membership type</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="97" />
      <source>Archive membership type</source>
      <translation>Archive membership type</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="98" />
      <source>Create price rule</source>
      <translation>Create price rule</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="99" />
      <source>Edit price rule</source>
      <translation>Edit price rule</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="100" />
      <source>Archive price rule</source>
      <translation>Archive price rule</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="101" />
      <source>Map an account</source>
      <translation>Map an account</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="102" />
      <source>Edit account mapping</source>
      <translation>Edit account mapping</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="103" />
      <source>Archive account mapping</source>
      <translation>Archive account mapping</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="104" />
      <source>Add a cost centre or project</source>
      <translation>Add a cost centre or project</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="105" />
      <source>Rename a cost centre or project</source>
      <translation>Rename a cost centre or project</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="106" />
      <source>Archive a cost centre or project</source>
      <translation>Archive a cost centre or project</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="109" />
      <source>Set accounting settings</source>
      <translation>Set accounting settings</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="110" />
      <source>Set agent-order settings</source>
      <translation>Set agent-order settings</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="111" />
      <source>Set retention rules</source>
      <translation>Set retention rules</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="112" />
      <source>Withdraw a consent</source>
      <translation>Withdraw a consent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="113" />
      <source>Add a grant rule set</source>
      <translation>Add a grant rule set</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="114" />
      <source>Edit a grant rule set</source>
      <translation>Edit a grant rule set</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="115" />
      <source>Archive a grant rule set</source>
      <translation>Archive a grant rule set</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="116" />
      <source>Create discount</source>
      <translation>Create discount</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="117" />
      <source>Edit discount</source>
      <translation>Edit discount</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="118" />
      <source>Archive discount</source>
      <translation>Archive discount</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="119" />
      <source>Add membership</source>
      <translation>Add membership</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="120" />
      <source>Edit membership</source>
      <translation>Edit membership</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="121" />
      <source>Remove membership</source>
      <translation>Remove membership</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="122" />
      <source>Set cancellation terms</source>
      <translation>Set cancellation terms</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="123" />
      <source>Set payment settings</source>
      <translation>Set payment settings</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="124" />
      <source>Add a prerequisite</source>
      <translation>Add a prerequisite</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="125" />
      <source>Remove a prerequisite</source>
      <translation>Remove a prerequisite</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="126" />
      <source>Add a level approval</source>
      <translation>Add a level approval</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="127" />
      <source>Remove a level approval</source>
      <translation>Remove a level approval</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="128" />
      <source>Accept a sign-up after review</source>
      <translation>Accept a sign-up after review</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="129" />
      <source>Decline a sign-up after review</source>
      <translation>Decline a sign-up after review</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="132" />
      <source>Check in</source>
      <translation>Check in</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="133" />
      <source>Let in despite the check-in</source>
      <translation>Let in despite the check-in</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="134" />
      <source>Mark attendance</source>
      <translation>Mark attendance</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="135" />
      <source>Set a course's evaluation</source>
      <translation>Set a course's evaluation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="136" />
      <source>Add a membership card</source>
      <translation>Add a membership card</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="137" />
      <source>Withdraw a membership card</source>
      <translation>Withdraw a membership card</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="138" />
      <source>Assign a service-desk case</source>
      <translation>Assign a service-desk case</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="139" />
      <source>Change the status of a service-desk case</source>
      <translation>Change the status of a service-desk case</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="142" />
      <source>Add a note to a service-desk case</source>
      <translation>Add a note to a service-desk case</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="149" />
      <source>Add %1 as a new person</source>
      <extracomment>The act of each command on its subject (%1), one line in the list.</extracomment>
      <translation>Add %1 as a new person</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="150" />
      <source>Change the details of %1</source>
      <translation>Change the details of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="151" />
      <source>Add an e-mail address to %1</source>
      <translation>Add an e-mail address to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="152" />
      <source>Remove an e-mail address of %1</source>
      <translation>Remove an e-mail address of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="153" />
      <source>Withdraw a consent of %1</source>
      <translation>Withdraw a consent of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="154" />
      <source>Link %1 as a contact</source>
      <translation>Link %1 as a contact</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="155" />
      <source>Change the contact roles of %1</source>
      <translation>Change the contact roles of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="156" />
      <source>Remove %1 from the contacts</source>
      <translation>Remove %1 from the contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="157" />
      <source>Add a phone number to %1</source>
      <translation>Add a phone number to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="158" />
      <source>Erase or anonymise %1</source>
      <translation>Erase or anonymise %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="159" />
      <source>Change the category of %1</source>
      <translation>Change the category of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="160" />
      <source>Change the category of several persons</source>
      <translation>Change the category of several persons</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="163" />
      <source>Create the category %1</source>
      <translation>Create the category %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="164" />
      <source>Rename the category %1</source>
      <translation>Rename the category %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="165" />
      <source>Archive the category %1</source>
      <translation>Archive the category %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="166" />
      <source>Create the course %1</source>
      <translation>Create the course %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="167" />
      <source>Change the course %1</source>
      <translation>Change the course %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="168" />
      <source>Archive the course %1</source>
      <translation>Archive the course %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="169" />
      <source>Create the course round %1</source>
      <translation>Create the course round %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="170" />
      <source>Change the course round %1</source>
      <translation>Change the course round %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="171" />
      <source>Archive the course round %1</source>
      <translation>Archive the course round %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="172" />
      <source>Change the terms of %1</source>
      <translation>Change the terms of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="173" />
      <source>Register %1 on a course round</source>
      <translation>Register %1 on a course round</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="174" />
      <source>Change the approving manager of %1</source>
      <translation>Change the approving manager of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="177" />
      <source>Ask the approving manager to approve %1</source>
      <translation>Ask the approving manager to approve %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="180" />
      <source>Remove the approval of %1</source>
      <translation>Remove the approval of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="181" />
      <source>Cancel the registration of %1</source>
      <translation>Cancel the registration of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="182" />
      <source>Add an internal note to the registration of %1</source>
      <translation>Add an internal note to the registration of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="185" />
      <source>Withdraw an internal note on the registration of %1</source>
      <translation>Withdraw an internal note on the registration of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="188" />
      <source>Move %1 to the waiting list</source>
      <translation>Move %1 to the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="189" />
      <source>Give %1 a place from the waiting list</source>
      <translation>Give %1 a place from the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="192" />
      <source>Accept the place offered to %1</source>
      <translation>Accept the place offered to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="193" />
      <source>Accept the sign-up of %1 after review</source>
      <translation>Accept the sign-up of %1 after review</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="196" />
      <source>Decline the sign-up of %1 after review</source>
      <translation>Decline the sign-up of %1 after review</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="199" />
      <source>Change the sign-up form of %1</source>
      <translation>Change the sign-up form of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="200" />
      <source>Add a question to the sign-up form</source>
      <translation>Add a question to the sign-up form</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="201" />
      <source>Remove the question “%1”</source>
      <translation>Remove the question “%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="202" />
      <source>Change the question “%1”</source>
      <translation>Change the question “%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="203" />
      <source>Move the question “%1”</source>
      <translation>Move the question “%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="204" />
      <source>Change the alumni rule “%1”</source>
      <translation>Change the alumni rule “%1”</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="205" />
      <source>Reverse the alumni decision on %1</source>
      <translation>Reverse the alumni decision on %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="206" />
      <source>Review the new details of %1</source>
      <translation>Review the new details of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="207" />
      <source>Import registrations to %1</source>
      <translation>Import registrations to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="208" />
      <source>Create the organisation %1</source>
      <translation>Create the organisation %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="209" />
      <source>Change the organisation %1</source>
      <translation>Change the organisation %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="210" />
      <source>Archive the organisation %1</source>
      <translation>Archive the organisation %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="211" />
      <source>Make %1 a customer</source>
      <translation>Make %1 a customer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="212" />
      <source>Change the customer %1</source>
      <translation>Change the customer %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="213" />
      <source>Archive the customer %1</source>
      <translation>Archive the customer %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="214" />
      <source>Create a contract for %1</source>
      <translation>Create a contract for %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="215" />
      <source>Change the contract %1</source>
      <translation>Change the contract %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="216" />
      <source>Archive the contract %1</source>
      <translation>Archive the contract %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="217" />
      <source>Make %1 an agent</source>
      <translation>Make %1 an agent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="218" />
      <source>Change the agent %1</source>
      <translation>Change the agent %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="219" />
      <source>Archive the agent %1</source>
      <translation>Archive the agent %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="220" />
      <source>Add a session to %1</source>
      <translation>Add a session to %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="221" />
      <source>Change the session %1</source>
      <translation>Change the session %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="222" />
      <source>Remove the session %1</source>
      <translation>Remove the session %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="223" />
      <source>Send the participant list of %1</source>
      <translation>Send the participant list of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="226" />
      <source>Create the message template %1</source>
      <translation>Create the message template %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="227" />
      <source>Change the message template %1</source>
      <translation>Change the message template %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="228" />
      <source>Publish the message template %1</source>
      <translation>Publish the message template %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="229" />
      <source>Create a notification binding of %1</source>
      <translation>Create a notification binding of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="232" />
      <source>Change the notification binding of %1</source>
      <translation>Change the notification binding of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="235" />
      <source>Archive the notification binding of %1</source>
      <translation>Archive the notification binding of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="238" />
      <source>Add %1 as a notification recipient</source>
      <translation>Add %1 as a notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="241" />
      <source>Change the notification recipient %1</source>
      <translation>Change the notification recipient %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="244" />
      <source>Archive the notification recipient %1</source>
      <translation>Archive the notification recipient %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="247" />
      <source>Check %1 in at a session</source>
      <translation>Check %1 in at a session</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="248" />
      <source>Let %1 in at a session despite the check-in's answer</source>
      <translation>Let %1 in at a session despite the check-in's answer</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="251" />
      <source>Mark the attendance of %1 at a session</source>
      <translation>Mark the attendance of %1 at a session</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="252" />
      <source>Give %1 a membership card</source>
      <translation>Give %1 a membership card</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="253" />
      <source>Withdraw a membership card of %1</source>
      <translation>Withdraw a membership card of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="255" />
      <source>Approve alumni registration of %1</source>
      <translation>Approve alumni registration of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="256" />
      <source>Deny alumni registration of %1</source>
      <translation>Deny alumni registration of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="261" />
      <source>First name</source>
      <extracomment>The fields of the field-edit commands (models.commands.edits) and of the rows the server sends back, as a user names them.</extracomment>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="262" />
      <source>Last name</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="263" />
      <source>Personal identity number</source>
      <translation>Personal identity number</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="264" />
      <source>Birth date</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="265" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="266" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="267" />
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="268" />
      <source>Postal code</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="269" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="270" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="271" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="272" />
      <source>Terms</source>
      <translation>Terms</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="273" />
      <source>Terms version</source>
      <translation>Terms version</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="274" />
      <source>Heading</source>
      <translation>Heading</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="275" />
      <source>Introduction</source>
      <translation>Introduction</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="276" />
      <source>Banner image</source>
      <translation>Banner image</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="277" />
      <source>Confirmation text</source>
      <translation>Confirmation text</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="278" />
      <source>Published</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="279" />
      <source>Kind of rule</source>
      <translation>Kind of rule</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="280" />
      <source>Rule values</source>
      <translation>Rule values</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="281" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="282" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="283" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="284" />
      <location filename="../../desktop/sync_ui/describe.py" line="285" />
      <location filename="../../desktop/sync_ui/describe.py" line="558" />
      <source>Approving manager</source>
      <translation>Approving manager</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="286" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="287" />
      <source>Decided by</source>
      <translation>Decided by</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="288" />
      <source>Decided</source>
      <translation>Decided</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="289" />
      <source>Reason for the denial</source>
      <translation>Reason for the denial</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="290" />
      <source>Approval requested</source>
      <translation>Approval requested</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="291" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="292" />
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="293" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="294" />
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="295" />
      <source>E-mail text</source>
      <translation>E-mail text</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="296" />
      <source>SMS text</source>
      <translation>SMS text</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="297" />
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="298" />
      <source>Ends</source>
      <translation>Ends</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="299" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="300" />
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="301" />
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="302" />
      <source>Require confirmation by e-mail</source>
      <translation>Require confirmation by e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="303" />
      <source>E-mail address</source>
      <translation>E-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="304" />
      <source>Phone number</source>
      <translation>Phone number</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="305" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="306" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="307" />
      <location filename="../../desktop/sync_ui/describe.py" line="531" />
      <source>Course round</source>
      <translation>Course round</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="308" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="309" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="310" />
      <source>Course leader</source>
      <translation>Course leader</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="311" />
      <source>Archived</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="312" />
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="313" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="314" />
      <source>Seats</source>
      <translation>Seats</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="315" />
      <source>Registration opens</source>
      <translation>Registration opens</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="316" />
      <source>Registration closes</source>
      <translation>Registration closes</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="317" />
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="318" />
      <source>Organisation number</source>
      <translation>Organisation number</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="319" />
      <source>Customer number</source>
      <translation>Customer number</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="320" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="321" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="322" />
      <source>Starts at</source>
      <translation>Starts at</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="323" />
      <source>Ends at</source>
      <translation>Ends at</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="324" />
      <source>Room</source>
      <translation>Room</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="325" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="326" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="327" />
      <source>Template</source>
      <translation>Template</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="328" />
      <location filename="../../desktop/sync_ui/describe.py" line="329" />
      <source>Applies to</source>
      <translation>Applies to</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="330" />
      <source>Recipients</source>
      <translation>Recipients</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="331" />
      <source>Channels</source>
      <translation>Channels</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="332" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="333" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="334" />
      <source>Fee</source>
      <translation>Fee</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="335" />
      <source>VAT rate</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="336" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="337" />
      <source>Purpose</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="338" />
      <source>Cost centre</source>
      <translation>Cost centre</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="339" />
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="340" />
      <source>VAT code</source>
      <translation>VAT code</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="341" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="342" />
      <source>Fiscal year starts</source>
      <translation>Fiscal year starts</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="343" />
      <source>Accrual of course fees</source>
      <translation>Accrual of course fees</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="344" />
      <source>Case handlers sign with BankID</source>
      <translation>Case handlers sign with BankID</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="345" />
      <source>Denied alumni registrations kept (months)</source>
      <translation>Denied alumni registrations kept (months)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="348" />
      <source>Mail texts kept after sending (days)</source>
      <translation>Mail texts kept after sending (days)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="349" />
      <source>Expired links, sessions and codes kept (days)</source>
      <translation>Expired links, sessions and codes kept (days)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="352" />
      <source>Audit events kept (years)</source>
      <translation>Audit events kept (years)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="353" />
      <source>Voucher series</source>
      <translation>Voucher series</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="354" />
      <source>Base price</source>
      <translation>Base price</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="355" />
      <source>Membership type</source>
      <translation>Membership type</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="356" />
      <source>Condition</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="357" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="358" />
      <source>Percentage</source>
      <translation>Percentage</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="359" />
      <source>Combines with other discounts</source>
      <translation>Combines with other discounts</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="360" />
      <source>Valid from</source>
      <translation>Valid from</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="361" />
      <source>Lowest age</source>
      <translation>Lowest age</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="362" />
      <source>Highest age</source>
      <translation>Highest age</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="363" />
      <source>Fewest participants</source>
      <translation>Fewest participants</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="364" />
      <source>Most participants counted</source>
      <translation>Most participants counted</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="365" />
      <source>Shortest activity (minutes)</source>
      <translation>Shortest activity (minutes)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="366" />
      <source>Leader's lowest age</source>
      <translation>Leader's lowest age</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="367" />
      <source>Counted per day</source>
      <translation>Counted per day</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="368" />
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="369" />
      <source>Book by</source>
      <translation>Book by</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="370" />
      <source>Member since</source>
      <translation>Member since</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="371" />
      <source>Member until</source>
      <translation>Member until</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="372" />
      <source>Partner course</source>
      <translation>Partner course</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="373" />
      <source>Assigned to</source>
      <translation>Assigned to</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="404" />
      <source>Registered</source>
      <extracomment>The columns of the server's rows worth showing, per table, in this order.</extracomment>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="405" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="406" />
      <source>Waiting for review</source>
      <translation>Waiting for review</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="411" />
      <source>Someone changed this on the server after you saw it.</source>
      <extracomment>What the server says, by code, when its message is not one the app can translate.</extracomment>
      <translation>Someone changed this on the server after you saw it.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="414" />
      <source>What is on the server now does not allow this any more.</source>
      <translation>What is on the server now does not allow this any more.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="417" />
      <source>What this change concerns is no longer on the server.</source>
      <translation>What this change concerns is no longer on the server.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="420" />
      <source>Your roles do not allow this change.</source>
      <translation>Your roles do not allow this change.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="421" />
      <source>The server did not accept a value of this change.</source>
      <translation>The server did not accept a value of this change.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="423" />
      <source>The server refused this change.</source>
      <translation>The server refused this change.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="445" />
      <location filename="../../desktop/sync_ui/describe.py" line="463" />
      <source>yes</source>
      <extracomment>A row id inside a server's message: such a message is not shown as it is. Longest value shown in the lists of yours and theirs (the whole value is in the chooser). The commands that decide an alumni registration, sent with the status the officer saw.</extracomment>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="465" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="483" />
      <source>nobody</source>
      <translation>nobody</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="535" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="542" />
      <source>Status when you decided</source>
      <translation>Status when you decided</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="587" />
      <source>Already decided by %1 at %2: %3.</source>
      <translation>Already decided by %1 at %2: %3.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="590" />
      <source>the automatic check</source>
      <translation>the automatic check</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="597" />
      <source>Already approved by %1 at %2.</source>
      <translation>Already approved by %1 at %2.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="624" />
      <source>This change is too large to send (%1 MB), so it never reached the server. Let it go, or make it again in smaller parts.</source>
      <translation>This change is too large to send (%1 MB), so it never reached the server. Let it go, or make it again in smaller parts.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="632" />
      <source>You took this change back before the server carried it out.</source>
      <translation>You took this change back before the server carried it out.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="641" />
      <source>%1 changed %2 after you saw it; your change was not applied.</source>
      <translation>%1 changed %2 after you saw it; your change was not applied.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="648" />
      <source>Someone else changed %1 after you saw it; your change was not applied.</source>
      <translation>Someone else changed %1 after you saw it; your change was not applied.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="686" />
      <source>Field</source>
      <extracomment>The tables whose ``status`` is neither a registration's nor an alumni state: its words. The columns of a field conflict, side by side.</extracomment>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="687" />
      <source>Before</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="688" />
      <source>Yours</source>
      <translation>Yours</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="689" />
      <source>Theirs (server)</source>
      <translation>Theirs (server)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/describe.py" line="690" />
      <source>Changed by</source>
      <translation>Changed by</translation>
    </message>
  </context>
  <context>
    <name>SyncIssuesDialog</name>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="136" />
      <source>Sync issues</source>
      <translation>Sync issues</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="140" />
      <source>Refused changes</source>
      <translation>Refused changes</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="188" />
      <source>Nothing needs your attention. Changes you make here are sent to the server when you are online.</source>
      <translation>Nothing needs your attention. Changes you make here are sent to the server when you are online.</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="145" />
      <source>&amp;Keep theirs (discard mine)</source>
      <translation>&amp;Keep theirs (discard mine)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="147" />
      <source>Discard your change; the server's values stay as they are</source>
      <translation>Discard your change; the server's values stay as they are</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="149" />
      <source>&amp;Apply mine again</source>
      <translation>&amp;Apply mine again</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="150" />
      <source>Send your change again, over what the server has now</source>
      <translation>Send your change again, over what the server has now</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="151" />
      <source>C&amp;hoose per field…</source>
      <translation>C&amp;hoose per field…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="152" />
      <source>Keep yours or theirs for each changed field</source>
      <translation>Keep yours or theirs for each changed field</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/issues.py" line="193" />
      <source>The server refused %n change(s). Each is kept until you choose what to do with it.</source>
      <translation>
        <numerusform>The server refused %Ln change. Each is kept until you choose what to do with it.</numerusform>
        <numerusform>The server refused %Ln changes. Each is kept until you choose what to do with it.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="225" />
      <source>The server says</source>
      <translation>The server says</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="229" />
      <source>You did</source>
      <translation>You did</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="235" />
      <source>On the server now</source>
      <translation>On the server now</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="236" />
      <source>Refused %1</source>
      <translation>Refused %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="242" />
      <source>Yours and theirs</source>
      <translation>Yours and theirs</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="261" />
      <source>Discard your change</source>
      <translation>Discard your change</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/issues.py" line="262" />
      <source>Discard “%1”? The server's values stay as they are.</source>
      <translation>Discard “%1”? The server's values stay as they are.</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="24" />
      <source>The server no longer accepts your sign-in; sign in again ({reason})</source>
      <extracomment>The engine's errors (``sync.engine.SyncEngine.sync_once``), for the user's language; the technical reason inside stays as the system wrote it.</extracomment>
      <translation>The server no longer accepts your sign-in; sign in again ({reason})</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="27" />
      <source>Sync failed: {reason}</source>
      <translation>Sync failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="43" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="45" />
      <source>synced %1</source>
      <translation>synced %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="49" />
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="52" />
      <source>Syncing… %1 rows</source>
      <translation>Syncing… %1 rows</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="56" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="58" />
      <source>since %1</source>
      <translation>since %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="61" />
      <source>work continues here</source>
      <translation>work continues here</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="63" />
      <source>Update Kansli to %1 or later to sync (unsent changes kept)</source>
      <translation>Update Kansli to %1 or later to sync (unsent changes kept)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="67" />
      <source>The local database is damaged: restart Kansli to rebuild it from the server (your unsent changes are kept)</source>
      <translation>The local database is damaged: restart Kansli to rebuild it from the server (your unsent changes are kept)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="73" />
      <source>The disk is full: sync paused; free some space (your unsent changes are kept)</source>
      <translation>The disk is full: sync paused; free some space (your unsent changes are kept)</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="80" />
      <source>Sync error: %1</source>
      <translation>Sync error: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="84" />
      <source>retry</source>
      <translation>retry</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="87" />
      <source>Local database only (not connected to a server)</source>
      <translation>Local database only (not connected to a server)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="94" />
      <source>%n pending</source>
      <translation>
        <numerusform>%Ln pending</numerusform>
        <numerusform>%Ln pending</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/sync_ui/status.py" line="96" />
      <source>%n need(s) attention</source>
      <translation>
        <numerusform>%Ln needs attention</numerusform>
        <numerusform>%Ln need attention</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="115" />
      <source>Sync state</source>
      <translation>Sync state</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="118" />
      <source>demo data</source>
      <translation>demo data</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="124" />
      <source>Where the demo's mail and SMS codes go, and its users</source>
      <translation>Where the demo's mail and SMS codes go, and its users</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="176" />
      <source>Click to see the sync issues and what waits to be sent</source>
      <translation>Click to see the sync issues and what waits to be sent</translation>
    </message>
    <message>
      <location filename="../../desktop/sync_ui/status.py" line="180" />
      <source>This version of Kansli (%1) is older than the server accepts: install version %2 or later. Your unsent changes stay here and are sent once Kansli is updated.</source>
      <translation>This version of Kansli (%1) is older than the server accepts: install version %2 or later. Your unsent changes stay here and are sent once Kansli is updated.</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="128" />
      <source>New message template</source>
      <translation>New message template</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="129" />
      <source>Edit message template</source>
      <translation>Edit message template</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="138" />
      <location filename="../../desktop/admin/template_dialog.py" line="150" />
      <source>Event:</source>
      <translation>Event:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="139" />
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="145" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="161" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="162" />
      <source>Subject:</source>
      <translation>Subject:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="163" />
      <source>E-mail text:</source>
      <translation>E-mail text:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="164" />
      <source>SMS text:</source>
      <translation>SMS text:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="186" />
      <location filename="../../desktop/admin/template_dialog.py" line="206" />
      <source>Placeholders</source>
      <extracomment>The text a placeholder goes into (the one last edited; the e-mail text first).</extracomment>
      <translation>Placeholders</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="190" />
      <source>&amp;Insert</source>
      <translation>&amp;Insert</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="192" />
      <source>Put the chosen placeholder at the cursor of the text last edited</source>
      <translation>Put the chosen placeholder at the cursor of the text last edited</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="194" />
      <source>Search a row for the preview…</source>
      <translation>Search a row for the preview…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="199" />
      <source>Preview with</source>
      <extracomment>Only the newest read of the rows (search as you type) and of a row's values runs.</extracomment>
      <translation>Preview with</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="202" />
      <location filename="../../desktop/admin/template_dialog.py" line="208" />
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="354" />
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="355" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="356" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="363" />
      <source>(fix the text first)</source>
      <translation>(fix the text first)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="370" />
      <source>No row to take values from: the placeholders show their names.</source>
      <translation>No row to take values from: the placeholders show their names.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="373" />
      <source>Nothing in the local database matches: the placeholders show their names.</source>
      <translation>Nothing in the local database matches: the placeholders show their names.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="378" />
      <source>Values the sending makes (such as personal links) show their names.</source>
      <translation>Values the sending makes (such as personal links) show their names.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/template_dialog.py" line="384" />
      <source>%n character(s)</source>
      <translation>
        <numerusform>%Ln character</numerusform>
        <numerusform>%Ln characters</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/admin/template_dialog.py" line="385" />
      <source>%n SMS</source>
      <translation>
        <numerusform>%Ln SMS</numerusform>
        <numerusform>%Ln SMS</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="389" />
      <source>As previewed: %1, %2 (%3 per SMS: a character outside the SMS alphabet makes it 70)</source>
      <translation>As previewed: %1, %2 (%3 per SMS: a character outside the SMS alphabet makes it 70)</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="393" />
      <source>As previewed: %1, %2 (%3 per SMS)</source>
      <translation>As previewed: %1, %2 (%3 per SMS)</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="57" />
      <source>Swedish</source>
      <extracomment>The languages a template is written in, as the lists name them.</extracomment>
      <translation>Swedish</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="58" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="114" />
      <source>Course</source>
      <extracomment>How many rows the preview offers to choose from (the newest first; a search narrows).</extracomment>
      <translation>Course</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="115" />
      <source>Course round</source>
      <translation>Course round</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="116" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="117" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/template_dialog.py" line="118" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="61" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="62" />
      <source>Template</source>
      <translation>Template</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="63" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="64" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="67" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="69" />
      <source>How many times it was published (0: never; nothing is sent from it)</source>
      <translation>How many times it was published (0: never; nothing is sent from it)</translation>
    </message>
  </context>
  <context>
    <name>TemplatesWindow</name>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="89" />
      <source>Message templates</source>
      <translation>Message templates</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="90" />
      <source>No templates yet: Kansli sends its shipped texts. New… makes one for an event.</source>
      <translation>No templates yet: Kansli sends its shipped texts. New… makes one for an event.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="130" />
      <source>A template for an event</source>
      <translation>A template for an event</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="112" />
      <source>&amp;Publish…</source>
      <translation>&amp;Publish…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="114" />
      <source>Make the draft what is sent</source>
      <translation>Make the draft what is sent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="125" />
      <source>Drafts only</source>
      <translation>Drafts only</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="94" />
      <source>A template is edited as a draft; what is sent changes only when it is published. Placeholders such as {participant_name} are filled when sent.</source>
      <translation>A template is edited as a draft; what is sent changes only when it is published. Placeholders such as {participant_name} are filled when sent.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="117" />
      <source>New &amp;language version…</source>
      <translation>New &amp;language version…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="119" />
      <source>The same template in the other language: a binding sends each recipient the version in their language</source>
      <translation>The same template in the other language: a binding sends each recipient the version in their language</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="143" />
      <source>Published</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="143" />
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="179" />
      <source>Publish “%1” as version %2?</source>
      <translation>Publish “%1” as version %2?</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="185" />
      <source>What these bindings send changes at once:</source>
      <translation>What these bindings send changes at once:</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="191" />
      <source>No binding sends this template yet: publishing changes nothing that is sent until a binding names it.</source>
      <translation>No binding sends this template yet: publishing changes nothing that is sent until a binding names it.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="194" />
      <source>Publish template</source>
      <translation>Publish template</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="196" />
      <source>Publish</source>
      <translation>Publish</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/notification_windows.py" line="214" />
      <source>Published %1 as version %2.</source>
      <translation>Published %1 as version %2.</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../desktop/operations/undo.py" line="72" />
      <source>Your decisions are being sent right now; try again in a moment.</source>
      <extracomment>Once its command reached the server, the reverser of ``table`` takes it back.</extracomment>
      <translation>Your decisions are being sent right now; try again in a moment.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="89" />
      <source>This decision had already been carried out on the server (its answer was lost on the way), so it was not undone. A decided item cannot be decided again.</source>
      <translation>This decision had already been carried out on the server (its answer was lost on the way), so it was not undone. A decided item cannot be decided again.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="98" />
      <source>This decision has reached the server already; it cannot be undone here.</source>
      <translation>This decision has reached the server already; it cannot be undone here.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="104" />
      <source>This decision was sent to the server, but its answer did not arrive; the server accepts only Kansli %1 or later: update Kansli, then it can be undone.</source>
      <translation>This decision was sent to the server, but its answer did not arrive; the server accepts only Kansli %1 or later: update Kansli, then it can be undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="112" />
      <source>This decision was sent to the server, but its answer did not arrive; it can be undone when you are back online.</source>
      <translation>This decision was sent to the server, but its answer did not arrive; it can be undone when you are back online.</translation>
    </message>
    <message>
      <location filename="../../desktop/operations/undo.py" line="140" />
      <source>Undoing %1</source>
      <translation>Undoing %1</translation>
    </message>
  </context>
  <context>
    <name>UnmatchedPaymentsWindow</name>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="339" />
      <source>Unmatched payments</source>
      <translation>Unmatched payments</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="348" />
      <source>&amp;Import BgMax file…</source>
      <extracomment>An import ended: its summary in words ("" when it failed).</extracomment>
      <translation>&amp;Import BgMax file…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="351" />
      <source>Import a Bankgirot BgMax file and match its payments to invoices by OCR</source>
      <translation>Import a Bankgirot BgMax file and match its payments to invoices by OCR</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="354" />
      <source>&amp;Match to invoice…</source>
      <translation>&amp;Match to invoice…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="357" />
      <source>Match the chosen payment to an invoice found by OCR, number or name</source>
      <translation>Match the chosen payment to an invoice found by OCR, number or name</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="360" />
      <source>&amp;Card payment events…</source>
      <translation>&amp;Card payment events…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="363" />
      <source>What the card payment providers reported, and what needs attention</source>
      <translation>What the card payment providers reported, and what needs attention</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="373" />
      <source>Payment actions</source>
      <extracomment>The card payment events' window, once opened.</extracomment>
      <translation>Payment actions</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="375" />
      <source>Filter by reference, payer or amount…</source>
      <translation>Filter by reference, payer or amount…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="409" />
      <source>Every payment is matched to an invoice.</source>
      <translation>Every payment is matched to an invoice.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="419" />
      <location filename="../../desktop/accounting/payments.py" line="450" />
      <location filename="../../desktop/accounting/payments.py" line="489" />
      <source>Import BgMax file</source>
      <translation>Import BgMax file</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="423" />
      <source>BgMax files (*.txt *.bgmax *.dat)</source>
      <translation>BgMax files (*.txt *.bgmax *.dat)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="423" />
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="441" />
      <source>The file could not be read: %1</source>
      <translation>The file could not be read: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="447" />
      <source>Importing %1…</source>
      <translation>Importing %1…</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="525" />
      <source>Matched %1 to invoice %2 (%3); the receipt is on its way.</source>
      <translation>Matched %1 to invoice %2 (%3); the receipt is on its way.</translation>
    </message>
  </context>
  <context>
    <name>UserContactsDialog</name>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="85" />
      <source>Contacts of %1</source>
      <translation>Contacts of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="86" />
      <source>Add %1 as their own contact</source>
      <translation>Add %1 as their own contact</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="89" />
      <source>The person with the user's e-mail address (made if there is none), as Main contact and Notification recipient</source>
      <translation>The person with the user's e-mail address (made if there is none), as Main contact and Notification recipient</translation>
    </message>
    <message>
      <location filename="../../desktop/contacts/user_contacts.py" line="96" />
      <source>A user is their own contact as Main contact (their own details) and Notification recipient (so notifications reach them).</source>
      <translation>A user is their own contact as Main contact (their own details) and Notification recipient (so notifications reach them).</translation>
    </message>
  </context>
  <context>
    <name>UsersAdmin</name>
    <message>
      <location filename="../../desktop/admin/texts.py" line="82" />
      <source>The organisation must keep at least one active administrator: make someone else administrator first.</source>
      <extracomment>The server's refusal codes of the user administration -&gt; a sentence.</extracomment>
      <translation>The organisation must keep at least one active administrator: make someone else administrator first.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="87" />
      <source>Only the organisation's administrators may do this.</source>
      <translation>Only the organisation's administrators may do this.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="90" />
      <source>The user or session is no longer there; the list has been refreshed.</source>
      <translation>The user or session is no longer there; the list has been refreshed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="93" />
      <source>The server did not accept what was entered: %1</source>
      <translation>The server did not accept what was entered: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="94" />
      <source>The server does not know one of the roles.</source>
      <translation>The server does not know one of the roles.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="95" />
      <source>Choose at least one role.</source>
      <translation>Choose at least one role.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="96" />
      <source>Too many requests; wait a minute and try again.</source>
      <translation>Too many requests; wait a minute and try again.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="99" />
      <source>You cannot deactivate yourself.</source>
      <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="100" />
      <source>The user is deactivated: reactivate them first.</source>
      <translation>The user is deactivated: reactivate them first.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="101" />
      <source>They already have this role; the list has been refreshed.</source>
      <translation>They already have this role; the list has been refreshed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="104" />
      <source>This user acts for another agent organisation, and a user acts for one only: take their roles there away first.</source>
      <translation>This user acts for another agent organisation, and a user acts for one only: take their roles there away first.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="114" />
      <source>Only the administrators of the agent organisation may manage its users.</source>
      <extracomment>The agent administration's words where they differ from the users' (another agent organisation is "not found" to an agent's administrator).</extracomment>
      <translation>Only the administrators of the agent organisation may manage its users.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="117" />
      <source>You may manage the users of your own agent organisation only (or the role was already taken away); the list has been refreshed.</source>
      <translation>You may manage the users of your own agent organisation only (or the role was already taken away); the list has been refreshed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="127" />
      <source>The customer organisation is no longer there; choose another.</source>
      <extracomment>Inviting a customer to order: the organisation is what may be missing.</extracomment>
      <translation>The customer organisation is no longer there; choose another.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="139" />
      <source>The server cannot be reached. Users are managed on the server: try again when online.</source>
      <translation>The server cannot be reached. Users are managed on the server: try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="144" />
      <source>The server no longer accepts your sign-in. Sign in again.</source>
      <translation>The server no longer accepts your sign-in. Sign in again.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="155" />
      <source>The server refused: %1</source>
      <translation>The server refused: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/texts.py" line="159" />
      <source>Something went wrong: %1</source>
      <translation>Something went wrong: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="31" />
      <source>Active</source>
      <extracomment>The lists' columns, translated in context CONTEXT.</extracomment>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="32" />
      <source>Deactivated</source>
      <translation>Deactivated</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="40" />
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="49" />
      <source>Name</source>
      <extracomment>Roles last: the longest text takes the width the window has.</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="50" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="53" />
      <source>Mobile phone</source>
      <translation>Mobile phone</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="54" />
      <source>Where SMS attestation codes are sent</source>
      <translation>Where SMS attestation codes are sent</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="72" />
      <source>Agent roles</source>
      <translation>Agent roles</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="74" />
      <source>Roles in an agent organisation, and which one: the user acts for it</source>
      <translation>Roles in an agent organisation, and which one: the user acts for it</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="78" />
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="87" />
      <source>an agent organisation not held here</source>
      <translation>an agent organisation not held here</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="188" />
      <source>Roles in the agent organisation</source>
      <extracomment>Agent organisation id -&gt; name (of this copy of the data).</extracomment>
      <translation>Roles in the agent organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="191" />
      <source>Granted</source>
      <translation>Granted</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="56" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="59" />
      <source>Last sign-in</source>
      <translation>Last sign-in</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="64" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/model.py" line="66" />
      <source>Desktop sign-ins and web sessions that are open now</source>
      <translation>Desktop sign-ins and web sessions that are open now</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="64" />
      <source>Loading users</source>
      <translation>Loading users</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="76" />
      <source>Inviting a user</source>
      <translation>Inviting a user</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="88" />
      <source>Changing a user</source>
      <translation>Changing a user</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="97" />
      <source>Sending a password reset</source>
      <translation>Sending a password reset</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="108" />
      <source>Loading sessions</source>
      <translation>Loading sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="119" />
      <source>Ending a session</source>
      <translation>Ending a session</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="130" />
      <source>Loading the agent's users</source>
      <translation>Loading the agent's users</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="176" />
      <source>Changing agent roles</source>
      <translation>Changing agent roles</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="198" />
      <source>Inviting a customer to order</source>
      <translation>Inviting a customer to order</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="234" />
      <source>Loading the notifications</source>
      <extracomment>The most records the follow-up reads at once (pages of 500): the newest first.</extracomment>
      <translation>Loading the notifications</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/operations.py" line="242" />
      <source>Loading the notification</source>
      <translation>Loading the notification</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="33" />
      <source>An agent organisation's users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage them.</source>
      <translation>An agent organisation's users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage them.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/agent_users.py" line="38" />
      <source>Offline: an agent organisation's users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Offline: an agent organisation's users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="46" />
      <source>Users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage users.</source>
      <translation>Users are managed on the server, and this copy of the data is not connected to one. Sign in to the server to manage users.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="51" />
      <source>Offline: users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Offline: users are managed on the server, and it cannot be reached now. Your other work goes on; try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="354" />
      <source>The follow-up of notifications is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.</source>
      <extracomment>Why there is no list: no server to ask; the server cannot be reached.</extracomment>
      <translation>The follow-up of notifications is kept on the server, and this copy of the data is not connected to one. Sign in to the server to see it.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/followup.py" line="359" />
      <source>Offline: the follow-up of notifications is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Offline: the follow-up of notifications is kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="161" />
      <source>The economics report is made by the server from its ledger, and this copy of the data is not connected to one. Sign in to the server to see it.</source>
      <translation>The economics report is made by the server from its ledger, and this copy of the data is not connected to one. Sign in to the server to see it.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/economics.py" line="166" />
      <source>Offline: the economics report needs a connection to the server, which keeps the ledger. Your other work goes on; try again when online.</source>
      <translation>Offline: the economics report needs a connection to the server, which keeps the ledger. Your other work goes on; try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="102" />
      <source>Invoices and their reminders are kept on the server, and this copy of the data is not connected to one. Sign in to the server to see them.</source>
      <translation>Invoices and their reminders are kept on the server, and this copy of the data is not connected to one. Sign in to the server to see them.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/reminders.py" line="107" />
      <source>Offline: invoices and their reminders are kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</source>
      <translation>Offline: invoices and their reminders are kept on the server, and it cannot be reached now. Your other work goes on; try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="327" />
      <source>Payments are kept on the server, and this copy of the data is not connected to one. Sign in to the server to import and match payments.</source>
      <translation>Payments are kept on the server, and this copy of the data is not connected to one. Sign in to the server to import and match payments.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/payments.py" line="332" />
      <source>Offline: payments are kept on the server, and it cannot be reached now. Importing and matching need a connection; your other work goes on. Try again when online.</source>
      <translation>Offline: payments are kept on the server, and it cannot be reached now. Importing and matching need a connection; your other work goes on. Try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="202" />
      <source>Refunds are kept on the server, and this copy of the data is not connected to one. Sign in to the server to see and pay refunds.</source>
      <translation>Refunds are kept on the server, and this copy of the data is not connected to one. Sign in to the server to see and pay refunds.</translation>
    </message>
    <message>
      <location filename="../../desktop/accounting/refunds.py" line="207" />
      <source>Offline: refunds are kept on the server, and it cannot be reached now. Paying refunds needs a connection; your other work goes on. Try again when online.</source>
      <translation>Offline: refunds are kept on the server, and it cannot be reached now. Paying refunds needs a connection; your other work goes on. Try again when online.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="90" />
      <source>The evaluation answers are kept by the server, and this copy of the data is not connected to one. Sign in to the server to see them.</source>
      <translation>The evaluation answers are kept by the server, and this copy of the data is not connected to one. Sign in to the server to see them.</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/evaluation_stats.py" line="95" />
      <source>Offline: the evaluation results need a connection to the server, which keeps the answers. Your other work goes on; try again when online.</source>
      <translation>Offline: the evaluation results need a connection to the server, which keeps the answers. Your other work goes on; try again when online.</translation>
    </message>
  </context>
  <context>
    <name>UsersWindow</name>
    <message>
      <location filename="../../desktop/admin/view.py" line="59" />
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="61" />
      <source>Users of %1</source>
      <translation>Users of %1</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="110" />
      <source>Filter by name, e-mail or role…</source>
      <translation>Filter by name, e-mail or role…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="82" />
      <source>&amp;Invite user…</source>
      <extracomment>(id, name) of the agent organisations of this copy of the data.</extracomment>
      <translation>&amp;Invite user…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="83" />
      <source>Invite someone by e-mail and give them roles in this organisation</source>
      <translation>Invite someone by e-mail and give them roles in this organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="84" />
      <source>Edit &amp;roles…</source>
      <translation>Edit &amp;roles…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="85" />
      <source>Change the selected user's roles</source>
      <translation>Change the selected user's roles</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="86" />
      <source>&amp;Agent roles…</source>
      <translation>&amp;Agent roles…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="87" />
      <source>Choose the agent organisation the selected user acts for, and their roles there</source>
      <translation>Choose the agent organisation the selected user acts for, and their roles there</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="89" />
      <source>Mobile &amp;phone…</source>
      <translation>Mobile &amp;phone…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="90" />
      <source>Set the mobile phone the selected user's SMS attestation codes go to</source>
      <translation>Set the mobile phone the selected user's SMS attestation codes go to</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="91" />
      <source>Person&amp;nummer…</source>
      <translation>Person&amp;nummer…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="92" />
      <source>Register the personnummer the selected user's BankID signatures must come from</source>
      <translation>Register the personnummer the selected user's BankID signatures must come from</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="94" />
      <location filename="../../desktop/admin/view.py" line="130" />
      <source>&amp;Deactivate</source>
      <translation>&amp;Deactivate</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="95" />
      <source>Deactivate the selected user: every sign-in of theirs ends at once</source>
      <translation>Deactivate the selected user: every sign-in of theirs ends at once</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="96" />
      <source>Send password &amp;reset</source>
      <translation>Send password &amp;reset</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="97" />
      <source>Mail the selected user a single-use link to choose a new password</source>
      <translation>Mail the selected user a single-use link to choose a new password</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="98" />
      <source>&amp;Sessions…</source>
      <translation>&amp;Sessions…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="99" />
      <source>See and end the selected user's open sign-ins</source>
      <translation>See and end the selected user's open sign-ins</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="100" />
      <source>&amp;Contacts…</source>
      <translation>&amp;Contacts…</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="101" />
      <source>The selected user's contacts: their own details and others to notify</source>
      <translation>The selected user's contacts: their own details and others to notify</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="108" />
      <source>User actions</source>
      <translation>User actions</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="128" />
      <source>Re&amp;activate</source>
      <translation>Re&amp;activate</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="154" />
      <source>No users yet — invite someone with “Invite user…”.</source>
      <translation>No users yet — invite someone with “Invite user…”.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="199" />
      <source>An invitation was sent to %1.</source>
      <translation>An invitation was sent to %1.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="217" />
      <source>The roles of %1 were changed.</source>
      <translation>The roles of %1 were changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="271" />
      <source>The agent roles of %1 were changed.</source>
      <translation>The agent roles of %1 were changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="284" />
      <source>The mobile phone of %1 was changed.</source>
      <translation>The mobile phone of %1 was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="294" />
      <source>The personnummer of %1 was changed.</source>
      <translation>The personnummer of %1 was changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="324" />
      <source>Deactivate user</source>
      <translation>Deactivate user</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="325" />
      <source>Deactivate %1?</source>
      <translation>Deactivate %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="328" />
      <source>All their sessions end at once: every desktop sign-in and web page is signed out, and they cannot sign in again until reactivated. Their work stays as it is.</source>
      <translation>All their sessions end at once: every desktop sign-in and web page is signed out, and they cannot sign in again until reactivated. Their work stays as it is.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="333" />
      <source>Deactivate</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="335" />
      <source>Reactivate user</source>
      <translation>Reactivate user</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="336" />
      <source>Reactivate %1?</source>
      <translation>Reactivate %1?</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="337" />
      <source>They can sign in again with their password.</source>
      <translation>They can sign in again with their password.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="338" />
      <source>Reactivate</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="358" />
      <source>%1 was reactivated.</source>
      <translation>%1 was reactivated.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="360" />
      <source>%1 was deactivated; all their sessions ended.</source>
      <translation>%1 was deactivated; all their sessions ended.</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/view.py" line="379" />
      <source>A link to choose a new password was mailed to %1.</source>
      <translation>A link to choose a new password was mailed to %1.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="30" />
      <location filename="../../desktop/common/row_dialog.py" line="39" />
      <source>Must not be empty</source>
      <extracomment>The templates of the checks the desktop runs as the user types: person fields, personnummer, e-mail addresses, phone numbers and one-line text (``tests/desktop/test_domain_text.py`` keeps this list complete).</extracomment>
      <translation>Must not be empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="31" />
      <source>Two letters, such as SE</source>
      <translation>Two letters, such as SE</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="32" />
      <source>Letters and digits only, such as 123 45</source>
      <translation>Letters and digits only, such as 123 45</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="33" />
      <location filename="../../desktop/common/row_dialog.py" line="37" />
      <source>Write the date as YYYY-MM-DD</source>
      <extracomment>What the argument model's refusals say in the form (pydantic's own words otherwise).</extracomment>
      <translation>Write the date as YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="34" />
      <source>Personnummer is empty</source>
      <translation>Personnummer is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="35" />
      <source>Personnummer may contain only digits and a - or + separator</source>
      <translation>Personnummer may contain only digits and a - or + separator</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="36" />
      <source>Personnummer has more than one separator</source>
      <translation>Personnummer has more than one separator</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="37" />
      <source>Personnummer must have 10 or 12 digits</source>
      <translation>Personnummer must have 10 or 12 digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="38" />
      <source>Personnummer must have the separator just before the last four digits</source>
      <translation>Personnummer must have the separator just before the last four digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="41" />
      <source>Personnummer with a four-digit year cannot have a + separator; use -</source>
      <translation>Personnummer with a four-digit year cannot have a + separator; use -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="44" />
      <source>Personnummer does not contain a valid date of birth</source>
      <translation>Personnummer does not contain a valid date of birth</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="45" />
      <source>Personnummer has a year of birth before {year}</source>
      <translation>Personnummer has a year of birth before {year}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="46" />
      <source>Personnummer has a date of birth in the future</source>
      <translation>Personnummer has a date of birth in the future</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="47" />
      <source>Personnummer has a wrong check digit</source>
      <translation>Personnummer has a wrong check digit</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="48" />
      <source>E-mail address is empty</source>
      <translation>E-mail address is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="49" />
      <source>E-mail address must not contain spaces</source>
      <translation>E-mail address must not contain spaces</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="50" />
      <source>E-mail address is longer than {limit} characters</source>
      <translation>E-mail address is longer than {limit} characters</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="51" />
      <source>E-mail address has no @</source>
      <translation>E-mail address has no @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="52" />
      <source>E-mail address has more than one @</source>
      <translation>E-mail address has more than one @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="53" />
      <source>E-mail address has nothing before the @</source>
      <translation>E-mail address has nothing before the @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="54" />
      <source>E-mail address has no domain after the @</source>
      <translation>E-mail address has no domain after the @</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="55" />
      <source>E-mail address must have a dot in the domain (as in name@example.se)</source>
      <translation>E-mail address must have a dot in the domain (as in name@example.se)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="58" />
      <source>E-mail address has a misplaced dot in the domain</source>
      <translation>E-mail address has a misplaced dot in the domain</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="59" />
      <source>E-mail address is not valid: {reason}</source>
      <translation>E-mail address is not valid: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="60" />
      <source>Phone number is empty</source>
      <translation>Phone number is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="61" />
      <source>Phone number may have a + only at the start</source>
      <translation>Phone number may have a + only at the start</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="62" />
      <source>Phone number may contain only digits, spaces, dashes, parentheses and a leading +</source>
      <translation>Phone number may contain only digits, spaces, dashes, parentheses and a leading +</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="66" />
      <source>Phone number has no digits</source>
      <translation>Phone number has no digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="67" />
      <source>Phone number must have a country code after + or 00</source>
      <translation>Phone number must have a country code after + or 00</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="68" />
      <source>International phone number must have {low} to {high} digits including the country code</source>
      <translation>International phone number must have {low} to {high} digits including the country code</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="72" />
      <source>Phone number must start with 0, or with + or 00 and a country code</source>
      <translation>Phone number must start with 0, or with + or 00 and a country code</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="75" />
      <source>Phone number has a 0 too many after the country code +46</source>
      <translation>Phone number has a 0 too many after the country code +46</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="76" />
      <source>Swedish phone number is too short: it must have 8 to 10 digits including the leading 0</source>
      <translation>Swedish phone number is too short: it must have 8 to 10 digits including the leading 0</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="80" />
      <source>Swedish phone number is too long: it must have 8 to 10 digits including the leading 0</source>
      <translation>Swedish phone number is too long: it must have 8 to 10 digits including the leading 0</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="84" />
      <source>contains an invisible control character ({code})</source>
      <translation>contains an invisible control character ({code})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="93" />
      <source>A category named {name} exists already</source>
      <extracomment>Refusals of commands a clerk meets in the sync issues list (``models/commands``, ``models/courses.py``, ``models/alumni.py``): the server sends them in English, the desktop shows them in the user's language.</extracomment>
      <translation>A category named {name} exists already</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="94" />
      <source>{name} is archived: restore it instead</source>
      <translation>{name} is archived: restore it instead</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="95" />
      <source>{name} is given by the alumni processing and cannot be archived</source>
      <translation>{name} is given by the alumni processing and cannot be archived</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="98" />
      <source>A category name needs a letter or a digit</source>
      <translation>A category name needs a letter or a digit</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="99" />
      <source>The registration is cancelled</source>
      <translation>The registration is cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="101" />
      <source>This note was already withdrawn by {by} on {day}</source>
      <translation>This note was already withdrawn by {by} on {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="102" />
      <source>The registration is not approved</source>
      <translation>The registration is not approved</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="103" />
      <source>A Swedish postal code has five digits, such as 123 45</source>
      <translation>A Swedish postal code has five digits, such as 123 45</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="104" />
      <source>A postal code has at most ten characters</source>
      <translation>A postal code has at most ten characters</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="105" />
      <source>The registration has not been checked automatically yet</source>
      <translation>The registration has not been checked automatically yet</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="106" />
      <source>The registration is in the manual queue; nothing to reverse</source>
      <translation>The registration is in the manual queue; nothing to reverse</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="107" />
      <source>The registration proposes nothing to review</source>
      <translation>The registration proposes nothing to review</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="108" />
      <source>{name} already has the proposed personnummer: merge the two profiles or discard the proposal</source>
      <translation>{name} already has the proposed personnummer: merge the two profiles or discard the proposal</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="113" />
      <source>The registration is in the manual queue; approve or deny it instead</source>
      <translation>The registration is in the manual queue; approve or deny it instead</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="116" />
      <source>The membership is already terminated</source>
      <translation>The membership is already terminated</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="117" />
      <source>Give a reason for the denial</source>
      <translation>Give a reason for the denial</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="118" />
      <source>Give a reason for reversing the decision</source>
      <translation>Give a reason for reversing the decision</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="119" />
      <source>An automatic decision cannot be reversed; only an officer's decision can</source>
      <translation>An automatic decision cannot be reversed; only an officer's decision can</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="122" />
      <source>The alumnus has terminated the membership; the decision cannot be reversed</source>
      <translation>The alumnus has terminated the membership; the decision cannot be reversed</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="125" />
      <source>The person was merged or removed since; the decision cannot be reversed</source>
      <translation>The person was merged or removed since; the decision cannot be reversed</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="128" />
      <source>A later registration was approved on this membership; the decision cannot be reversed</source>
      <translation>A later registration was approved on this membership; the decision cannot be reversed</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="132" />
      <source>Only an administrator may remove an approval</source>
      <translation>Only an administrator may remove an approval</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="133" />
      <source>The round ends before it starts</source>
      <translation>The round ends before it starts</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="134" />
      <source>The terms must be accepted</source>
      <translation>The terms must be accepted</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="135" />
      <source>{round} is cancelled</source>
      <translation>{round} is cancelled</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="136" />
      <source>{person} already has {address}</source>
      <translation>{person} already has {address}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="137" />
      <source>Registration already approved by {email} on {day}</source>
      <translation>Registration already approved by {email} on {day}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="138" />
      <source>Already {status} by {by} at {when}</source>
      <translation>Already {status} by {by} at {when}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="139" />
      <source>A choice element needs at least one option</source>
      <translation>A choice element needs at least one option</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="140" />
      <source>Only a choice element has options</source>
      <translation>Only a choice element has options</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="141" />
      <source>The options must differ from each other</source>
      <translation>The options must differ from each other</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="142" />
      <source>Option {number} is empty</source>
      <translation>Option {number} is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="143" />
      <source>Option {number} is longer than 200 characters</source>
      <translation>Option {number} is longer than 200 characters</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="144" />
      <source>A new rule needs its kind</source>
      <translation>A new rule needs its kind</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="145" />
      <source>A sign-up form cannot move to another round</source>
      <translation>A sign-up form cannot move to another round</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="146" />
      <source>is out of range</source>
      <translation>is out of range</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="147" />
      <source>must be a finite number</source>
      <translation>must be a finite number</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="148" />
      <source>Organisationsnummer is empty</source>
      <translation>Organisationsnummer is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="149" />
      <source>Organisationsnummer may contain only digits and a -</source>
      <translation>Organisationsnummer may contain only digits and a -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="150" />
      <source>Organisationsnummer has more than one -</source>
      <translation>Organisationsnummer has more than one -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="151" />
      <source>Organisationsnummer must have 10 digits</source>
      <translation>Organisationsnummer must have 10 digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="152" />
      <source>Organisationsnummer has a wrong check digit</source>
      <translation>Organisationsnummer has a wrong check digit</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="153" />
      <source>The session ends before it starts</source>
      <translation>The session ends before it starts</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="154" />
      <source>A session with an end time needs a start time</source>
      <translation>A session with an end time needs a start time</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="155" />
      <source>The session is on {day}, outside the round's dates ({starts} to {ends})</source>
      <translation>The session is on {day}, outside the round's dates ({starts} to {ends})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="158" />
      <source>Sessions outside these dates: {count}, the first on {day}; move or remove them first</source>
      <translation>Sessions outside these dates: {count}, the first on {day}; move or remove them first</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="162" />
      <source>A session needs its day</source>
      <translation>A session needs its day</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="163" />
      <source>Write the time as HH:MM, such as 09:30</source>
      <translation>Write the time as HH:MM, such as 09:30</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="164" />
      <source>Your roles do not allow changing a user's contacts</source>
      <translation>Your roles do not allow changing a user's contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="165" />
      <source>An organisation named {name} already exists</source>
      <translation>An organisation named {name} already exists</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="166" />
      <source>An organisation with the number {number} already exists</source>
      <translation>An organisation with the number {number} already exists</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="167" />
      <source>This organisation is a customer already</source>
      <translation>This organisation is a customer already</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="169" />
      <source>This person was merged into another: erase that person instead</source>
      <translation>This person was merged into another: erase that person instead</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="173" />
      <source>This person has a staff account: remove the account first</source>
      <translation>This person has a staff account: remove the account first</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="174" />
      <source>This person has an open balance (an unpaid invoice, credit or money owed back): settle it first</source>
      <translation>This person has an open balance (an unpaid invoice, credit or money owed back): settle it first</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="179" />
      <source>A customer with the number {number} already exists</source>
      <translation>A customer with the number {number} already exists</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="180" />
      <source>The contract ends before it starts</source>
      <translation>The contract ends before it starts</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="181" />
      <source>A brace has no pair: write a placeholder as {example} and a brace as {braces}</source>
      <translation>A brace has no pair: write a placeholder as {example} and a brace as {braces}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="185" />
      <source>{placeholder} is not a placeholder: write a placeholder as {example}</source>
      <translation>{placeholder} is not a placeholder: write a placeholder as {example}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="188" />
      <source>{placeholder} is not a value of {event}: use one of {known}</source>
      <translation>{placeholder} is not a value of {event}: use one of {known}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="189" />
      <source>{event} is not an event type of Kansli</source>
      <translation>{event} is not an event type of Kansli</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="190" />
      <source>The template {name} was published as version {version} meanwhile</source>
      <translation>The template {name} was published as version {version} meanwhile</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="193" />
      <source>The template {name} has no changes to publish</source>
      <translation>The template {name} has no changes to publish</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="194" />
      <source>A template needs a subject or an SMS text</source>
      <translation>A template needs a subject or an SMS text</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="195" />
      <source>An e-mail needs its text</source>
      <translation>An e-mail needs its text</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="196" />
      <source>The template {name} is made for {template_event}, not for {event}</source>
      <translation>The template {name} is made for {template_event}, not for {event}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="199" />
      <source>A binding for the whole tenant names no row</source>
      <translation>A binding for the whole tenant names no row</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="200" />
      <source>Choose what the binding is for</source>
      <translation>Choose what the binding is for</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="201" />
      <source>A course cannot require itself</source>
      <translation>A course cannot require itself</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="202" />
      <source>{required} already requires {course}, directly or through other courses</source>
      <translation>{required} already requires {course}, directly or through other courses</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="205" />
      <source>{course} already requires {required}</source>
      <translation>{course} already requires {required}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="206" />
      <source>The registration waits for review: accept or decline it</source>
      <translation>The registration waits for review: accept or decline it</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="207" />
      <source>The registration does not wait for review</source>
      <translation>The registration does not wait for review</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="208" />
      <source>Choose an attestant</source>
      <translation>Choose an attestant</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="209" />
      <source>The one who ordered an order may not also attest it</source>
      <translation>The one who ordered an order may not also attest it</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="210" />
      <source>Give a reason for the rejection</source>
      <translation>Give a reason for the rejection</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="211" />
      <source>Give a reason for declining</source>
      <translation>Give a reason for declining</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="212" />
      <source>You approved this order as case handler in this session; sign out and sign in again to attest it</source>
      <translation>You approved this order as case handler in this session; sign out and sign in again to attest it</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="216" />
      <source>Name the category or round the rule is for</source>
      <translation>Name the category or round the rule is for</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="217" />
      <source>A rule for the whole tenant names no scope</source>
      <translation>A rule for the whole tenant names no scope</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="218" />
      <source>This scope already has a price rule: edit that one</source>
      <translation>This scope already has a price rule: edit that one</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="219" />
      <source>The cancellation terms of {round} were changed meanwhile (version {theirs})</source>
      <translation>The cancellation terms of {round} were changed meanwhile (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="222" />
      <source>A membership ends before it starts</source>
      <translation>A membership ends before it starts</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="223" />
      <source>The refund less the fee ends before the full refund does</source>
      <translation>The refund less the fee ends before the full refund does</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="225" />
      <source>Changed terms need a new version, so earlier consents keep theirs</source>
      <translation>Changed terms need a new version, so earlier consents keep theirs</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="228" />
      <source>A participant is not their own partner</source>
      <translation>A participant is not their own partner</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="229" />
      <source>The banner must be an http(s) address of an image, as in https://example.se/b.png</source>
      <translation>The banner must be an http(s) address of an image, as in https://example.se/b.png</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="233" />
      <source>Only the approving manager element can require confirmation by e-mail</source>
      <translation>Only the approving manager element can require confirmation by e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="236" />
      <source>A question cannot go after itself</source>
      <translation>A question cannot go after itself</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="237" />
      <source>The questions are on different sign-up forms</source>
      <translation>The questions are on different sign-up forms</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="238" />
      <source>The registration has no approving manager with an e-mail address</source>
      <translation>The registration has no approving manager with an e-mail address</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="241" />
      <source>The registration is already on the waiting list</source>
      <translation>The registration is already on the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="242" />
      <source>The registration is not on the waiting list</source>
      <translation>The registration is not on the waiting list</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="243" />
      <source>Only a registration on the waiting list can be offered a place</source>
      <translation>Only a registration on the waiting list can be offered a place</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="246" />
      <source>The registration has no offered place to accept</source>
      <translation>The registration has no offered place to accept</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="247" />
      <source>OCR reference is empty</source>
      <translation>OCR reference is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="248" />
      <source>OCR reference may contain only digits</source>
      <translation>OCR reference may contain only digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="249" />
      <source>OCR reference has a wrong check digit</source>
      <translation>OCR reference has a wrong check digit</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="250" />
      <source>OCR reference has a wrong length digit (the second last digit)</source>
      <translation>OCR reference has a wrong length digit (the second last digit)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="253" />
      <source>Bankgiro number is empty</source>
      <translation>Bankgiro number is empty</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="261" />
      <source>Organisationsnummer must have the - just before the last four digits</source>
      <translation>Organisationsnummer must have the - just before the last four digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="264" />
      <source>Organisationsnummer must have 20 or more as third and fourth digits (this looks like a personnummer)</source>
      <translation>Organisationsnummer must have 20 or more as third and fourth digits (this looks like a personnummer)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="268" />
      <source>Organisationsnummer with 12 digits must start with 16</source>
      <translation>Organisationsnummer with 12 digits must start with 16</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="269" />
      <source>A discount is either an amount or a percentage</source>
      <translation>A discount is either an amount or a percentage</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="270" />
      <source>A discount's amount must be between 0 and {most} öre</source>
      <translation>A discount's amount must be between 0 and {most} öre</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="271" />
      <source>A discount's percentage must be between 0 and 100</source>
      <translation>A discount's percentage must be between 0 and 100</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="272" />
      <source>An early-booking discount needs its last day</source>
      <translation>An early-booking discount needs its last day</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="273" />
      <source>A discount's validity ends before it starts</source>
      <translation>A discount's validity ends before it starts</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="274" />
      <source>A price must be between 0 and {most} öre</source>
      <translation>A price must be between 0 and {most} öre</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="275" />
      <source>A VAT rate must be between 0 and 100 %</source>
      <translation>A VAT rate must be between 0 and 100 %</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="276" />
      <source>An administrative fee must be between 0 and {most} öre</source>
      <translation>An administrative fee must be between 0 and {most} öre</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="277" />
      <source>An account is four digits (BAS)</source>
      <translation>An account is four digits (BAS)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="278" />
      <source>An object code is one line without edge spaces</source>
      <translation>An object code is one line without edge spaces</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="279" />
      <source>This purpose already has an account for this scope: edit that one</source>
      <translation>This purpose already has an account for this scope: edit that one</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="282" />
      <source>A VAT code is the two-digit box of the VAT return (e.g. 05 or 10)</source>
      <translation>A VAT code is the two-digit box of the VAT return (e.g. 05 or 10)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="285" />
      <source>An object has a code</source>
      <translation>An object has a code</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="286" />
      <source>An object has a name</source>
      <translation>An object has a name</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="287" />
      <source>There is already an object with this code: edit that one</source>
      <translation>There is already an object with this code: edit that one</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="288" />
      <source>No such cost centre: {code}</source>
      <translation>No such cost centre: {code}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="289" />
      <source>No such project: {code}</source>
      <translation>No such project: {code}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="290" />
      <source>A rule set has a name</source>
      <translation>A rule set has a name</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="291" />
      <source>A number of zero or more</source>
      <translation>A number of zero or more</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="292" />
      <source>At least one participant</source>
      <translation>At least one participant</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="293" />
      <source>The highest age is below the lowest</source>
      <translation>The highest age is below the lowest</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="294" />
      <source>The most participants counted is below the fewest needed</source>
      <translation>The most participants counted is below the fewest needed</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="295" />
      <source>No such way of counting a day</source>
      <translation>No such way of counting a day</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="296" />
      <source>There is already a rule set with this name: edit that one</source>
      <translation>There is already a rule set with this name: edit that one</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="297" />
      <source>An account mapping names this object: change that mapping first</source>
      <translation>An account mapping names this object: change that mapping first</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="300" />
      <source>An object is a cost centre (dimension 1) or a project (dimension 6)</source>
      <translation>An object is a cost centre (dimension 1) or a project (dimension 6)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="303" />
      <source>No such kind of voucher: {kind}</source>
      <translation>No such kind of voucher: {kind}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="304" />
      <source>A voucher series is one letter A-Z ({kind})</source>
      <translation>A voucher series is one letter A-Z ({kind})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="305" />
      <source>The accounting settings were changed meanwhile (version {theirs})</source>
      <translation>The accounting settings were changed meanwhile (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="314" />
      <source>OCR reference carries no number</source>
      <translation>OCR reference carries no number</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="316" />
      <source>Not the machine-readable zone of an ID card (3 lines of 30) or a passport (2 of 44)</source>
      <translation>Not the machine-readable zone of an ID card (3 lines of 30) or a passport (2 of 44)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="320" />
      <source>The machine-readable zone may hold only A-Z, 0-9 and &lt;</source>
      <translation>The machine-readable zone may hold only A-Z, 0-9 and &lt;</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="321" />
      <source>The document number's check digit does not match</source>
      <translation>The document number's check digit does not match</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="322" />
      <source>The birth date's check digit does not match</source>
      <translation>The birth date's check digit does not match</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="323" />
      <source>The expiry date's check digit does not match</source>
      <translation>The expiry date's check digit does not match</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="324" />
      <source>The personal number's check digit does not match</source>
      <translation>The personal number's check digit does not match</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="325" />
      <source>The composite check digit does not match</source>
      <translation>The composite check digit does not match</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="326" />
      <source>The machine-readable zone's country code is not letters</source>
      <translation>The machine-readable zone's country code is not letters</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="327" />
      <source>The machine-readable zone's sex is not M, F or &lt;</source>
      <translation>The machine-readable zone's sex is not M, F or &lt;</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="328" />
      <source>The birth date in the machine-readable zone is not a date</source>
      <translation>The birth date in the machine-readable zone is not a date</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="329" />
      <source>The expiry date in the machine-readable zone is not a date</source>
      <translation>The expiry date in the machine-readable zone is not a date</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="330" />
      <source>The personnummer in the machine-readable zone does not match its birth date</source>
      <translation>The personnummer in the machine-readable zone does not match its birth date</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="333" />
      <source>This document has no Swedish personnummer: type it or scan the card</source>
      <translation>This document has no Swedish personnummer: type it or scan the card</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="336" />
      <source>The check-in's session was not found</source>
      <translation>The check-in's session was not found</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="337" />
      <source>Already checked in at {time}</source>
      <translation>Already checked in at {time}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="338" />
      <source>Already marked present</source>
      <translation>Already marked present</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="339" />
      <source>{name} is not registered on this round</source>
      <translation>{name} is not registered on this round</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="340" />
      <source>A check-in is scanned or typed</source>
      <translation>A check-in is scanned or typed</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="341" />
      <source>Give a reason for letting them in</source>
      <translation>Give a reason for letting them in</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="342" />
      <source>Give the card's code</source>
      <translation>Give the card's code</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="343" />
      <source>The card {code} is given to {name} already</source>
      <translation>The card {code} is given to {name} already</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="345" />
      <source>A questionnaire needs at least one question</source>
      <translation>A questionnaire needs at least one question</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="346" />
      <source>A questionnaire holds at most {count} questions</source>
      <translation>A questionnaire holds at most {count} questions</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="347" />
      <source>Each question needs an id of its own</source>
      <translation>Each question needs an id of its own</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="348" />
      <source>Question {number} has no text</source>
      <translation>Question {number} has no text</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="349" />
      <source>Question {number} needs at least two different choices</source>
      <translation>Question {number} needs at least two different choices</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="350" />
      <source>Question {number} has more than {count} choices</source>
      <translation>Question {number} has more than {count} choices</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="351" />
      <source>Choose a value from 1 to 5</source>
      <translation>Choose a value from 1 to 5</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="352" />
      <source>Choose one of the answers given</source>
      <translation>Choose one of the answers given</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="353" />
      <source>Choose among the answers given</source>
      <translation>Choose among the answers given</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="354" />
      <source>This question needs an answer</source>
      <translation>This question needs an answer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="355" />
      <source>The evaluation of {course} was changed meanwhile (version {theirs})</source>
      <translation>The evaluation of {course} was changed meanwhile (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="359" />
      <source>Case {number} is {status}: it cannot be set to {target}</source>
      <translation>Case {number} is {status}: it cannot be set to {target}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="360" />
      <source>Case {number} is closed</source>
      <translation>Case {number} is closed</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="361" />
      <source>Case {number} was assigned to {name} meanwhile</source>
      <translation>Case {number} was assigned to {name} meanwhile</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="362" />
      <source>Nobody is assigned to case {number} any longer</source>
      <translation>Nobody is assigned to case {number} any longer</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="363" />
      <source>User {user} was not found</source>
      <translation>User {user} was not found</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="366" />
      <source>Only a consent to the processing of personal data can be withdrawn</source>
      <translation>Only a consent to the processing of personal data can be withdrawn</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="369" />
      <source>Choose a period from {low} to {high}</source>
      <translation>Choose a period from {low} to {high}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="370" />
      <source>The retention settings were changed meanwhile (version {theirs})</source>
      <translation>The retention settings were changed meanwhile (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="100" />
      <source>Write the internal note</source>
      <translation>Write the internal note</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="172" />
      <source>This person is erased: their data cannot be filled in again</source>
      <translation>This person is erased: their data cannot be filled in again</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="364" />
      <source>Write the note</source>
      <translation>Write the note</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="85" />
      <source>must be on one line</source>
      <translation>must be on one line</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="21" />
      <source>Files of type {suffix} cannot be imported: use CSV (.csv, .tsv, .txt) or Excel (.xlsx)</source>
      <extracomment>:data:`models.tabular.ERRORS`, for lupdate (translated in the domain's context).</extracomment>
      <translation>Files of type {suffix} cannot be imported: use CSV (.csv, .tsv, .txt) or Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="25" />
      <source>The file is an old Excel workbook (.xls): save it as .xlsx or CSV and choose it again</source>
      <translation>The file is an old Excel workbook (.xls): save it as .xlsx or CSV and choose it again</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="29" />
      <source>The file is not a readable Excel workbook (.xlsx): it is damaged or another kind of file</source>
      <translation>The file is not a readable Excel workbook (.xlsx): it is damaged or another kind of file</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="33" />
      <source>The file is not a text file (line {line} holds binary data): choose a CSV or XLSX file</source>
      <translation>The file is not a text file (line {line} holds binary data): choose a CSV or XLSX file</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="37" />
      <source>The file's text encoding is not recognised: save it as CSV UTF-8 and choose it again</source>
      <translation>The file's text encoding is not recognised: save it as CSV UTF-8 and choose it again</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="41" />
      <source>Line {line} is in another text encoding than line {first} (the file mixes UTF-8 with another encoding): save the file again in one encoding</source>
      <translation>Line {line} is in another text encoding than line {first} (the file mixes UTF-8 with another encoding): save the file again in one encoding</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="46" />
      <source>Line {line} holds text converted to UTF-8 twice (“{sample}” where “{meant}” was meant): save the file again from the original</source>
      <translation>Line {line} holds text converted to UTF-8 twice (“{sample}” where “{meant}” was meant): save the file again from the original</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="51" />
      <source>Row {row} has a cell longer than {limit} characters: this is not a list the import reads</source>
      <translation>Row {row} has a cell longer than {limit} characters: this is not a list the import reads</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="55" />
      <source>Row {row} cannot be read as CSV: {detail}</source>
      <translation>Row {row} cannot be read as CSV: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="56" />
      <source>Row {row}: a quote is not closed, so the lines after it were read as one cell: close or remove the quote and choose the file again</source>
      <translation>Row {row}: a quote is not closed, so the lines after it were read as one cell: close or remove the quote and choose the file again</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="64" />
      <source>Excel had stored values of the column “{column}” as numbers, which drops a leading 0 or +: it was put back on rows {rows}</source>
      <extracomment>:data:`models.tabular.NOTES`, for lupdate.</extracomment>
      <translation>Excel had stored values of the column “{column}” as numbers, which drops a leading 0 or +: it was put back on rows {rows}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="69" />
      <source>Hidden rows of the workbook, read like the others: {rows}</source>
      <translation>Hidden rows of the workbook, read like the others: {rows}</translation>
    </message>
    <message>
      <location filename="../../desktop/common/file_text.py" line="70" />
      <source>Merged cells {ranges} were read into every row they cover</source>
      <translation>Merged cells {ranges} were read into every row they cover</translation>
    </message>
    <message>
      <location filename="../../desktop/common/row_dialog.py" line="40" />
      <source>At most {max_length} characters</source>
      <translation>At most {max_length} characters</translation>
    </message>
    <message>
      <location filename="../../desktop/common/row_dialog.py" line="41" />
      <source>Must not be negative</source>
      <translation>Must not be negative</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="224" />
      <location filename="../../desktop/courses/dialogs.py" line="33" />
      <source>Registration closes before it opens</source>
      <translation>Registration closes before it opens</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="34" />
      <source>Write the price in kronor, such as 4 500 or 4 500,50</source>
      <translation>Write the price in kronor, such as 4 500 or 4 500,50</translation>
    </message>
    <message>
      <location filename="../../desktop/courses/dialogs.py" line="35" />
      <source>Write the amount in kronor, such as 1 000 or 1 000,50</source>
      <translation>Write the amount in kronor, such as 1 000 or 1 000,50</translation>
    </message>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="28" />
      <source>Choose an organisation</source>
      <translation>Choose an organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/people/levels.py" line="42" />
      <source>Choose the course</source>
      <translation>Choose the course</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="254" />
      <source>Bankgiro number may contain only digits and a -</source>
      <translation>Bankgiro number may contain only digits and a -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="255" />
      <source>Bankgiro number has more than one -</source>
      <translation>Bankgiro number has more than one -</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="256" />
      <source>Bankgiro number must have 7 or 8 digits</source>
      <translation>Bankgiro number must have 7 or 8 digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="257" />
      <source>Bankgiro number must have the - just before the last four digits</source>
      <translation>Bankgiro number must have the - just before the last four digits</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="260" />
      <source>Bankgiro number has a wrong check digit</source>
      <translation>Bankgiro number has a wrong check digit</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="311" />
      <source>Set the Bankgiro number before a reminder fee: invoices need it</source>
      <translation>Set the Bankgiro number before a reminder fee: invoices need it</translation>
    </message>
    <message>
      <location filename="../../desktop/common/domain_text.py" line="308" />
      <source>The payment settings were changed meanwhile (version {theirs})</source>
      <translation>The payment settings were changed meanwhile (version {theirs})</translation>
    </message>
    <message>
      <location filename="../../desktop/admin/payment_settings.py" line="69" />
      <source>Write the rate in percent, such as 2,50</source>
      <extracomment>The settings' fields as the command takes them. The reference rate's refusal (the settings' other refusals are listed for translation with every command's, in desktop/common/domain_text.py).</extracomment>
      <translation>Write the rate in percent, such as 2,50</translation>
    </message>
  </context>
  <context>
    <name>WebApi</name>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="126" />
      <source>The server cannot be reached.</source>
      <translation>The server cannot be reached.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="128" />
      <source>The server no longer accepts your sign-in. Sign in again.</source>
      <translation>The server no longer accepts your sign-in. Sign in again.</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="132" />
      <source>The server refused: %1</source>
      <translation>The server refused: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/webview/server_api.py" line="136" />
      <source>Something went wrong: %1</source>
      <translation>Something went wrong: %1</translation>
    </message>
  </context>
  <context>
    <name>_OrganisationChoice</name>
    <message>
      <location filename="../../desktop/organisations/dialogs.py" line="183" />
      <source>Type to find the organisation…</source>
      <translation>Type to find the organisation…</translation>
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