<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiBaseUrl</name>
    <message>
        <source>An http or https URL is needed, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was larger than %1 MB and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with broken JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which Draftdesk does not follow: it goes only to the same server and never for a change, so your key stays with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>No answer from %1 within %n second.</numerusform>
            <numerusform>No answer from %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so nothing was sent. Check the address and the system&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key or token was not accepted. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Close plan does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this in Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close asks us to slow down (rate limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not accepted (HTTP %1).</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Draftdesk: write, check and send Close CRM email drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in sandbox with demo data (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the Close API at URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the email activity ID at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open needs an email activity id such as acti_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base needs an http or https URL such as %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --api-base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The Draft Changed in Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and choose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (in Close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>Could not open a port on 127.0.0.1 for the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you typed is lost: it is kept here and on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Your Name&quot; &lt;you@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the plain text myself (it stops following the message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the HTML Untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML body is kept exactly as it was; you can still change the other fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor cannot keep everything in this HTML (%1). Edit it and that is lost, or keep the HTML untouched and change the other fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email is %1 and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes were restored, but Close has a newer copy than the one you were editing. Check the fields before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes were restored. Save them when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late: Close had already sent it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>In the outbox: Close sends it now. Undo may be too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now or schedule (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next save sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s copy, as it answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT body to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send This &amp;PUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema notes: Close&apos;s copy matches the schema Draftdesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema notes (how Close&apos;s copy differs from the schema Draftdesk knows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close sent fields Draftdesk cannot read; they stay as they are and saving leaves them untouched. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is kept in this window only: the copy on disk failed. Export it to a file before you close the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text is not on disk: %1 It stays in this window until you save it or export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close already has these changes: the save went through, though its answer never came. Nothing is left to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible text-direction characters can make text read differently from what it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %L1 characters are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body stays untouched when you save; the other fields can still be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftExport</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftJournal</name>
    <message>
        <source>Cannot create the folder %1 for unsaved drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the unsaved draft to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftdesk cannot create %1, so unsaved drafts cannot be kept on disk. Make the folder writable, or save often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftdesk cannot write in %1 (%2), so unsaved drafts cannot be kept on disk. Make the folder writable, or save often.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this draft in Close since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email is no longer a draft in Close (it is %1 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer a draft, so it cannot be changed. Copy your text into a new draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email cannot go out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing to save: no field differs from the server&apos;s copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of a PUT is a JSON object: { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for this email is under way; wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s answer to the save could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s answer to the send could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the answer was lost, but Close has it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is back to draft: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late: Close had already sent “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailActivity</name>
    <message>
        <source>The field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field must not be null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected type. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (the documentation lists it as always present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a field Draftdesk does not know (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailField</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of inbox, draft, scheduled, outbox, sent, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming or outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted part (an object, a list of them, or text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailListModel</name>
    <message>
        <source>The email list came back in an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n emails were created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</source>
        <translation>
            <numerusform>More than %n email was created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</numerusform>
            <numerusform>More than %n emails were created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close sent a status Draftdesk does not know; open the email to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailListPanel</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subject, recipients, sender, lead (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only emails of the signed-in user (asks the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead ID filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailStatus</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailValidation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n attachments are allowed.</source>
        <translation>
            <numerusform>At most %n attachment is allowed.</numerusform>
            <numerusform>At most %n attachments are allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each attachment needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment URLs must come from the Close file upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field may not be null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ensure this field has no more than %n characters.</source>
        <translation>
            <numerusform>Ensure this field has no more than %n character.</numerusform>
            <numerusform>Ensure this field has no more than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an email address, or a name and an address as &quot;Name&quot; &lt;name@example.com&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1 seconds (one day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between 0 and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email has no valid status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts can be modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft can only become scheduled or outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up date needs a scheduled, outbox or sent email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an email going to the outbox can be delayed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailViewer</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Schema notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>a style sheet (&lt;style&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a styled table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scripts or embedded content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes, borders or backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email&apos;s HTML is %1, more than the %2 shown formatted, so its text is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email&apos;s HTML is %1, more than the %2 shown formatted, so its source is shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email&apos;s HTML has about %L1 tags, more than the %L2 elements shown formatted, so it is shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email&apos;s HTML has more than %L1 elements, the most shown formatted, so it is shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load All Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Draftdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an email to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n email(s) so far</source>
        <translation>
            <numerusform>Loading… %n email so far</numerusform>
            <numerusform>Loading… %n emails so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Draftdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draftdesk %1&lt;/h3&gt;&lt;p&gt;A desktop editor for Close CRM email drafts.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA MODE: rules do not block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QA Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-side rules warn but no longer block, so you can see what Close answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (asks before sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Change the filters (lead, period, Mine only) or refresh the list (F5) to try something Close can answer.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>NetworkInspector</name>
    <message>
        <source>Network Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the request and response (Return: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request moves an email to the outbox or schedules it: replaying it may send an email. Replay anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Email header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an email to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sender yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotedTextView</name>
    <message>
        <source>&amp;Quoted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the earlier messages this email quotes (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier messages this email quotes; it cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <source>Not an email address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unsaved Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — last typed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the unsaved changes to this draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These drafts have changes Close never confirmed (after a crash, a kill, or a save whose answer did not come). Nothing was lost:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Preparing the email for display…</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Deeply nested parts are shown simplified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %L1 characters are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePlanner</name>
    <message>
        <source>Pick a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed. Pick a time in the future, or send now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Your Name&quot; &lt;you@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo possible for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up if nobody replies by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 8:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Monday 8:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient&apos;s zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender is required to send: pick one of yours or type an address. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email needs a sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 there (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request will carry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Close still has it as a draft: nothing was sent. You can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Close has it as %2 now: it went out. It was not sent a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA mode: sent anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the &quot;%1&quot; connection. Really send this email?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Compare your copy with Close&apos;s, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No keychain is available on this system, so Draftdesk cannot remember your key. It will keep it in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept in memory until you quit, and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the key (%1); it is kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email came back damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file. Create a key in Close under Settings → Developer → API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production, Staging org, Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before &amp;every send with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the request &amp;log across restarts (without the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitBanner</name>
    <message>
        <source>&amp;Cancel Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up the requests that wait; Close has done nothing with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draftdesk tries again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close&apos;s rate limit for these requests is nearly used up, so Draftdesk spaces them: the next goes in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Draftdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, check and send the email drafts of your Close organisation.
Try everything first on a built-in sandbox with demo data, or connect with your Close API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
