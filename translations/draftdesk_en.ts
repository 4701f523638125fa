<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>No answer from %1 within %n second.</numerusform>
            <numerusform>No answer from %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n second(s).</source>
        <translation>
            <numerusform>Close asks to wait %n second.</numerusform>
            <numerusform>Close asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n minute(s).</source>
        <translation>
            <numerusform>Close asks to wait %n minute.</numerusform>
            <numerusform>Close asks to wait %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n hour(s).</source>
        <translation>
            <numerusform>Close asks to wait %n hour.</numerusform>
            <numerusform>Close asks to wait %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message numerus="yes">
        <source>The demo&apos;s sandbox (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>The demo&apos;s sandbox (%1) did not answer within %n second.</numerusform>
            <numerusform>The demo&apos;s sandbox (%1) did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message numerus="yes">
        <source>%n attachment(s) still uploading: wait until they are attached.</source>
        <translation>
            <numerusform>%n attachment still uploading: wait until it is attached.</numerusform>
            <numerusform>%n attachments still uploading: wait until they are attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message numerus="yes">
        <source>“%1” waits to be saved: Close cannot be reached. It goes out when Close is back (%n change(s) waiting).</source>
        <translation>
            <numerusform>“%1” waits to be saved: Close cannot be reached. It goes out when Close is back (%n change waiting).</numerusform>
            <numerusform>“%1” waits to be saved: Close cannot be reached. It goes out when Close is back (%n changes waiting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is kept on this computer and made in Close when it can be reached (%n change(s) waiting).</source>
        <translation>
            <numerusform>“%1” is kept on this computer and made in Close when it can be reached (%n change waiting).</numerusform>
            <numerusform>“%1” is kept on this computer and made in Close when it can be reached (%n changes waiting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” waits to be saved until Draftdesk is connected to Close (%n change(s) waiting).</source>
        <translation>
            <numerusform>“%1” waits to be saved until Draftdesk is connected to Close (%n change waiting).</numerusform>
            <numerusform>“%1” waits to be saved until Draftdesk is connected to Close (%n changes waiting).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailValidation</name>
    <message numerus="yes">
        <source>At most %n recipients are allowed.</source>
        <translation>
            <numerusform>At most %n recipient is allowed.</numerusform>
            <numerusform>At most %n recipients are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each recipient may have at most %n characters.</source>
        <translation>
            <numerusform>Each recipient may have at most %n character.</numerusform>
            <numerusform>Each recipient may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n attachments are allowed.</source>
        <translation>
            <numerusform>At most %n attachment is allowed.</numerusform>
            <numerusform>At most %n attachments are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ensure this field has no more than %n characters.</source>
        <translation>
            <numerusform>Ensure this field has no more than %n character.</numerusform>
            <numerusform>Ensure this field has no more than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n record)</numerusform>
            <numerusform>%1 (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorServices</name>
    <message numerus="yes">
        <source>%n × 429</source>
        <translation>
            <numerusform>%n × 429</numerusform>
            <numerusform>%n × 429</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListLoader</name>
    <message numerus="yes">
        <source>More than %n emails were created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</source>
        <translation>
            <numerusform>More than %n email was created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</numerusform>
            <numerusform>More than %n emails were created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListStatusText</name>
    <message numerus="yes">
        <source>Loading… %n email(s) so far</source>
        <translation>
            <numerusform>Loading… %n email so far</numerusform>
            <numerusform>Loading… %n emails so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; loading stopped, more are in Close</source>
        <translation>
            <numerusform>%n email loaded; loading stopped, more are in Close</numerusform>
            <numerusform>%n emails loaded; loading stopped, more are in Close</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; more in Close (scroll down, or View → Load All Emails)</source>
        <translation>
            <numerusform>%n email loaded; more in Close (scroll down, or View → Load All Emails)</numerusform>
            <numerusform>%n emails loaded; more in Close (scroll down, or View → Load All Emails)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; Close holds more that cannot be listed (see the message above)</source>
        <translation>
            <numerusform>%n email loaded; Close holds more that cannot be listed (see the message above)</numerusform>
            <numerusform>%n emails loaded; Close holds more that cannot be listed (see the message above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n email(s) loaded</source>
        <translation>
            <numerusform>All %n email loaded</numerusform>
            <numerusform>All %n emails loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and are left out</source>
        <translation>
            <numerusform>%n record could not be read and is left out</numerusform>
            <numerusform>%n records could not be read and are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) match</source>
        <translation>
            <numerusform>%n email matches</numerusform>
            <numerusform>%n emails match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) shown; the newest %1 refreshed, the rest as stored (View → Load All Emails)</source>
        <translation>
            <numerusform>%n email shown; the newest %1 refreshed, the rest as stored (View → Load All Emails)</numerusform>
            <numerusform>%n emails shown; the newest %1 refreshed, the rest as stored (View → Load All Emails)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkInspector</name>
    <message numerus="yes">
        <source>One request is selected. Save only that one, or all %n shown?</source>
        <translation>
            <numerusform>One request is selected. Save only that one, or the %n shown?</numerusform>
            <numerusform>One request is selected. Save only that one, or all %n shown?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n Shown</source>
        <translation>
            <numerusform>The %n Shown</numerusform>
            <numerusform>All %n Shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from the %n selected row(s)</source>
        <translation>
            <numerusform>from the %n selected row</numerusform>
            <numerusform>from the %n selected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from all %n shown row(s)</source>
        <translation>
            <numerusform>from the %n shown row</numerusform>
            <numerusform>from all %n shown rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n step(s) %1 to %2</source>
        <translation>
            <numerusform>Saved %n step %1 to %2</numerusform>
            <numerusform>Saved %n steps %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) left out (to other servers, or not answered yet)</source>
        <translation>
            <numerusform>%n request left out (to another server, or not answered yet)</numerusform>
            <numerusform>%n requests left out (to other servers, or not answered yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n exchange(s) to %1, the key redacted.</source>
        <translation>
            <numerusform>Exported %n exchange to %1, the key redacted.</numerusform>
            <numerusform>Exported %n exchanges to %1, the key redacted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message numerus="yes">
        <source>%n lead(s) found.</source>
        <translation>
            <numerusform>%n lead found.</numerusform>
            <numerusform>%n leads found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message numerus="yes">
        <source>%n image(s) not loaded, to protect your privacy.</source>
        <translation>
            <numerusform>%n image not loaded, to protect your privacy.</numerusform>
            <numerusform>%n images not loaded, to protect your privacy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s), frame(s) or other active part(s) left out.</source>
        <translation>
            <numerusform>%n script, frame or other active part left out.</numerusform>
            <numerusform>%n scripts, frames or other active parts left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message numerus="yes">
        <source>%n new field(s): %1</source>
        <translation>
            <numerusform>%n new field: %1</numerusform>
            <numerusform>%n new fields: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;: %n step(s) against %2</source>
        <translation>
            <numerusform>Scenario &quot;%1&quot;: %n step against %2</numerusform>
            <numerusform>Scenario &quot;%1&quot;: %n steps against %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) passed</source>
        <translation>
            <numerusform>%n step passed</numerusform>
            <numerusform>%n steps passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message numerus="yes">
        <source>%n step(s) failed.</source>
        <translation>
            <numerusform>%n step failed.</numerusform>
            <numerusform>%n steps failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendStatePart</name>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredEmailsActions</name>
    <message numerus="yes">
        <source>Forget the %n email(s) stored for this connection? The list is loaded again from Close; unsaved edits are kept.</source>
        <translation>
            <numerusform>Forget the %n email stored for this connection? The list is loaded again from Close; unsaved edits are kept.</numerusform>
            <numerusform>Forget the %n emails stored for this connection? The list is loaded again from Close; unsaved edits are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored email(s) forgotten.</source>
        <translation>
            <numerusform>%n stored email forgotten.</numerusform>
            <numerusform>%n stored emails forgotten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) of the connection in use (%1) are kept in memory for this session only.</source>
        <translation>
            <numerusform>%n email of the connection in use (%1) is kept in memory for this session only.</numerusform>
            <numerusform>%n emails of the connection in use (%1) are kept in memory for this session only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) of the connection in use (%2) are stored in %1. Deleting it loses nothing: the list is loaded again from Close.</source>
        <translation>
            <numerusform>%n email of the connection in use (%2) is stored in %1. Deleting it loses nothing: the list is loaded again from Close.</numerusform>
            <numerusform>%n emails of the connection in use (%2) are stored in %1. Deleting it loses nothing: the list is loaded again from Close.</numerusform>
        </translation>
    </message>
</context>
</TS>
