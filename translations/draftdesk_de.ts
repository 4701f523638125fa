<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>More Tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>AddressLooks</name>
    <message>
        <source>%1 holds invisible characters (%2)</source>
        <translation>%1 enthält unsichtbare Zeichen (%2)</translation>
    </message>
    <message>
        <source>%1 mixes letters of different alphabets in “%2” (%3), as look-alike addresses do</source>
        <translation>%1 mischt Buchstaben verschiedener Alphabete in „%2“ (%3), wie es Doppelgänger-Adressen tun</translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message>
        <source>An http or https URL is needed, such as %1.</source>
        <translation>Eine http- oder https-URL wird benötigt, etwa %1.</translation>
    </message>
    <message>
        <source>http:// sends your API key unencrypted to %1: anyone on the network between you can read it. Use https:// unless %1 is a test server you trust.</source>
        <translation>http:// schickt Ihren API-Schlüssel unverschlüsselt an %1: Jeder im Netz dazwischen kann ihn lesen. Verwenden Sie https://, außer %1 ist ein Testserver, dem Sie vertrauen.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MB and was dropped.</source>
        <translation>Die Antwort war größer als %1 MB und wurde verworfen.</translation>
    </message>
    <message>
        <source>%1 answered with broken JSON (%2 at byte %3).</source>
        <translation>%1 hat mit fehlerhaftem JSON geantwortet (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1).</source>
        <translation>Unerwartete Antwort (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which Draftdesk does not follow: it goes only to the same server and never for a change, so your key stays with %1.</source>
        <translation>%1 hat mit einer Weiterleitung nach %2 geantwortet, der Draftdesk nicht folgt: Es folgt nur zum selben Server und nie bei einer Änderung, damit Ihr Schlüssel bei %1 bleibt.</translation>
    </message>
    <message>
        <source>Draftdesk does not hold a request that long, so nothing was done: try again later.</source>
        <translation>So lange hält Draftdesk keine Anfrage zurück, daher ist nichts geschehen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Not connected to Close yet: nothing was sent.</source>
        <translation>Noch nicht mit Close verbunden: Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so nothing was sent. Check the address and the system&apos;s certificates.</source>
        <translation>Der sicheren Verbindung zu %1 kann nicht vertraut werden, daher wurde nichts gesendet. Bitte Adresse und Zertifikate des Systems prüfen.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer came.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Antwort kam.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the address right?</source>
        <translation>%1 hat die Verbindung abgelehnt. Stimmt die Adresse?</translation>
    </message>
    <message>
        <source>%1 could not be found. Check the address and your internet connection.</source>
        <translation>%1 wurde nicht gefunden. Bitte Adresse und Internetverbindung prüfen.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not HTTP.</source>
        <translation>%1 hat mit etwas geantwortet, das kein HTTP ist.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The API key or token was not accepted. Check it in Settings.</source>
        <translation>Der API-Schlüssel oder das Token wurde nicht akzeptiert. Bitte in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Your Close plan does not allow this.</source>
        <translation>Ihr Close-Tarif erlaubt das nicht.</translation>
    </message>
    <message>
        <source>You are not allowed to do this in Close.</source>
        <translation>Das dürfen Sie in Close nicht.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted.</source>
        <translation>Nicht gefunden: Vielleicht wurde es gelöscht.</translation>
    </message>
    <message>
        <source>Close asks us to slow down (rate limit).</source>
        <translation>Close bittet darum, langsamer zu werden (Ratenbegrenzung).</translation>
    </message>
    <message>
        <source>Close had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Close hatte ein Problem (HTTP %1). Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The request was not accepted (HTTP %1).</source>
        <translation>Die Anfrage wurde nicht angenommen (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n second(s).</source>
        <translation>
            <numerusform>Close bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Close bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n minute(s).</source>
        <translation>
            <numerusform>Close bittet, %n Minute zu warten.</numerusform>
            <numerusform>Close bittet, %n Minuten zu warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n hour(s).</source>
        <translation>
            <numerusform>Close bittet, %n Stunde zu warten.</numerusform>
            <numerusform>Close bittet, %n Stunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent to %1: %2</source>
        <translation>An %1 wurde nichts gesendet: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Anhän&amp;ge:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>Noch&amp;mal versuchen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected attachment (Del)</source>
        <translation>Den gewählten Anhang entfernen (Entf)</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(Datei ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — not attached</source>
        <translation>%1 – nicht angehängt</translation>
    </message>
    <message>
        <source>%1 — uploading, %2%</source>
        <translation>%1 – wird hochgeladen, %2 %</translation>
    </message>
    <message>
        <source>Cance&amp;l Upload</source>
        <translation>H&amp;ochladen abbrechen</translation>
    </message>
</context>
<context>
    <name>AttachmentsPart</name>
    <message>
        <source>Attach &amp;File…</source>
        <translation>Datei an&amp;hängen …</translation>
    </message>
    <message>
        <source>Attach a file (%1)</source>
        <translation>Eine Datei anhängen (%1)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Eingefügtes Bild %1.png</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for upload.</source>
        <translation>Das eingefügte Bild konnte nicht zum Hochladen zwischengespeichert werden.</translation>
    </message>
</context>
<context>
    <name>BodyPart</name>
    <message>
        <source>Preparing the body…</source>
        <translation>Der Text wird vorbereitet …</translation>
    </message>
    <message>
        <source>Only the first %L1 characters are shown.</source>
        <translation>Nur die ersten %L1 Zeichen werden angezeigt.</translation>
    </message>
    <message>
        <source>The body stays untouched when you save; the other fields can still be changed.</source>
        <translation>Beim Speichern bleibt der Text der E-Mail unverändert; die übrigen Felder können Sie weiterhin ändern.</translation>
    </message>
    <message>
        <source>The editor cannot keep everything in this HTML (%1). Edit it and that is lost, or keep the HTML untouched and change the other fields.</source>
        <translation>Der Editor kann nicht alles in diesem HTML erhalten (%1). Wenn Sie ihn bearbeiten, geht das verloren – oder Sie lassen das HTML unverändert und ändern die anderen Felder.</translation>
    </message>
    <message>
        <source>The HTML body is kept exactly as it was; you can still change the other fields.</source>
        <translation>Der HTML-Text bleibt genau so, wie er war; die anderen Felder können Sie weiterhin ändern.</translation>
    </message>
</context>
<context>
    <name>ChangedOnCloseBar</name>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>andere Felder</translation>
    </message>
    <message>
        <source>Changed on Close at %1: %2.</source>
        <translation>In Close um %1 geändert: %2.</translation>
    </message>
    <message>
        <source>Changed on Close by %1 at %2: %3.</source>
        <translation>In Close von %1 um %2 geändert: %3.</translation>
    </message>
</context>
<context>
    <name>ClearTextConsent</name>
    <message>
        <source>Send the Key Unencrypted?</source>
        <translation>Schlüssel unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>Send it to %1 over http:// now and from now on?</source>
        <translation>Ihn jetzt und künftig über http:// an %1 senden?</translation>
    </message>
    <message>
        <source>Send Over http</source>
        <translation>Über http senden</translation>
    </message>
    <message>
        <source>Keep the Key Here</source>
        <translation>Schlüssel hier behalten</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Draftdesk: write, check and send Close CRM email drafts.</source>
        <translation>Draftdesk: E-Mail-Entwürfe in Close CRM schreiben, prüfen und senden.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox with demo data (no account needed).</source>
        <translation>Mit der eingebauten Sandbox und Demodaten starten (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Talk to the Close API at URL (default %1).</source>
        <translation>Die Close-API unter URL ansprechen (Standard: %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the email activity ID at start.</source>
        <translation>Die E-Mail-Aktivität ID beim Start öffnen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--open needs an email activity id such as acti_…</source>
        <translation>--open braucht die ID einer E-Mail-Aktivität, etwa acti_…</translation>
    </message>
    <message>
        <source>--api-base needs an http or https URL such as %1, not &quot;%2&quot;.</source>
        <translation>--api-base braucht eine http- oder https-URL wie %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --api-base.</source>
        <translation>--demo startet eine eigene Sandbox; bitte --api-base weglassen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --scenario: use the base URL of this connection profile.</source>
        <translation>Mit --scenario: die Basis-URL dieses Verbindungsprofils verwenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --scenario: run steps that could send an email against a server that is not on this machine (on 127.0.0.1 they always run).</source>
        <translation>Mit --scenario: Schritte, die eine E-Mail senden könnten, auch gegen einen Server ausführen, der nicht auf diesem Rechner läuft (auf 127.0.0.1 laufen sie immer).</translation>
    </message>
    <message>
        <source>Give one of --profile, --api-base and --demo.</source>
        <translation>Geben Sie nur eines von --profile, --api-base und --demo an.</translation>
    </message>
    <message>
        <source>Replay the scenario in FILE without a window and print a pass/fail table. Exit status: 0 when every step passed; 1 when a step&apos;s answer differs from the recording (status, shape, the words of a refusal, the values the request set); 2 when the scenario could not be run: the file cannot be read, no connection could be set up (refused, DNS, TLS), or the key is refused on the first step (it stops there and says why). The key comes from CLOSE_API_KEY (or the built-in sandbox with --demo).</source>
        <translation>Das Szenario in DATEI ohne Fenster abspielen und eine Tabelle mit Bestanden/Fehlgeschlagen ausgeben. Exit-Status: 0, wenn jeder Schritt bestanden hat; 1, wenn die Antwort eines Schritts von der Aufzeichnung abweicht (Status, Form, der Wortlaut einer Ablehnung, die Werte, die die Anfrage gesetzt hat); 2, wenn das Szenario nicht abgespielt werden konnte: die Datei ist nicht lesbar, keine Verbindung kam zustande (abgewiesen, DNS, TLS) oder der Schlüssel wird beim ersten Schritt abgelehnt (es hält dort an und sagt warum). Der Schlüssel kommt aus CLOSE_API_KEY (oder der eingebauten Sandbox mit --demo).</translation>
    </message>
    <message>
        <source>With --scenario: also write a JUnit XML report to FILE (one test case per step), for CI systems.</source>
        <translation>Mit --scenario: zusätzlich einen JUnit-XML-Bericht in DATEI schreiben (ein Testfall pro Schritt), für CI-Systeme.</translation>
    </message>
    <message>
        <source>--profile, --allow-send and --report go with --scenario.</source>
        <translation>--profile, --allow-send und --report gehören zu --scenario.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options work too, for example -display :1, -style Fusion, -reverse and -qwindowgeometry 900x600.</source>
        <translation>Auch Qts eigene Optionen wirken, etwa -display :1, -style Fusion, -reverse und -qwindowgeometry 900x600.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The Draft Changed in Close</source>
        <translation>Der Entwurf wurde in Close geändert</translation>
    </message>
    <message>
        <source>Compare and choose:</source>
        <translation>Vergleichen und wählen:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs (in Close)</source>
        <translation>Deren (in Close)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>Deren &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Copy Mine</source>
        <translation>Meine &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Verbunden als %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this system, so Draftdesk cannot remember your key. It will keep it in memory until you quit. The README&apos;s “Keeping your key” section says how to get a keychain.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher kann Draftdesk sich Ihren Schlüssel nicht merken. Es behält ihn im Speicher, bis Sie das Programm beenden. Der README-Abschnitt „Keeping your key“ sagt, wie Sie einen Schlüsselbund bekommen.</translation>
    </message>
    <message>
        <source>The keychain did not answer, so Draftdesk cannot use a key saved there. Enter your key: it is kept in memory until you quit. The README&apos;s “Keeping your key” section says how to get a working keychain.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet, daher kann Draftdesk keinen dort gespeicherten Schlüssel verwenden. Geben Sie Ihren Schlüssel ein: Er bleibt im Speicher, bis Sie das Programm beenden. Der README-Abschnitt „Keeping your key“ sagt, wie Sie einen funktionierenden Schlüsselbund bekommen.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Der Schlüsselbund meldete: %1)</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The demo needs draftdesk-sandbox, which is not installed beside Draftdesk (%1).</source>
        <translation>Die Demo braucht draftdesk-sandbox, das nicht neben Draftdesk installiert ist (%1).</translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox (%1) did not start: %2</source>
        <translation>Die Sandbox der Demo (%1) ist nicht gestartet: %2</translation>
    </message>
    <message numerus="yes">
        <source>The demo&apos;s sandbox (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>Die Sandbox der Demo (%1) hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Die Sandbox der Demo (%1) hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox (%1) stopped before it was ready (exit status %2); what it said is on Draftdesk&apos;s standard error.</source>
        <translation>Die Sandbox der Demo (%1) hat sich beendet, bevor sie bereit war (Exit-Status %2); was sie meldete, steht in der Standardfehlerausgabe von Draftdesk.</translation>
    </message>
</context>
<context>
    <name>DraftCreation</name>
    <message>
        <source>Close&apos;s answer to the new draft could not be read.</source>
        <translation>Die Antwort von Close auf den neuen Entwurf war nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>DraftDeletion</name>
    <message>
        <source>Delete Draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Only drafts can be deleted here.</source>
        <translation>Hier lassen sich nur Entwürfe löschen.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemanden</translation>
    </message>
    <message>
        <source>Delete the draft “%1” to %2? Close has no undo: a deleted draft cannot be brought back.</source>
        <translation>Den Entwurf „%1“ an %2 löschen? Close kennt kein Rückgängig: Ein gelöschter Entwurf lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>The draft cannot be deleted while a save or send of it is under way.</source>
        <translation>Der Entwurf lässt sich nicht löschen, solange er gespeichert oder gesendet wird.</translation>
    </message>
    <message>
        <source>The draft was not deleted: %1</source>
        <translation>Der Entwurf wurde nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Speichere …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: it is kept here and on disk.</source>
        <translation>Nichts von Ihrer Eingabe geht verloren: Sie bleibt hier und auf der Festplatte erhalten.</translation>
    </message>
    <message>
        <source>This email is %1 and cannot be edited.</source>
        <translation>Diese E-Mail ist „%1“ und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored, but Close has a newer copy than the one you were editing. Check the fields before you save.</source>
        <translation>Ihre ungespeicherten Änderungen wurden wiederhergestellt, aber Close hat eine neuere Fassung als die, die Sie bearbeitet haben. Bitte prüfen Sie die Felder vor dem Speichern.</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored. Save them when you are ready.</source>
        <translation>Ihre ungespeicherten Änderungen wurden wiederhergestellt. Speichern Sie sie, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>Sen&amp;den …</translation>
    </message>
    <message>
        <source>What you typed is kept in this window only: the copy on disk failed. Export it to a file before you close the window.</source>
        <translation>Was Sie getippt haben, ist nur in diesem Fenster: Die Kopie auf der Festplatte ist fehlgeschlagen. Exportieren Sie es in eine Datei, bevor Sie das Fenster schließen.</translation>
    </message>
    <message>
        <source>Close already has these changes: the save went through, though its answer never came. Nothing is left to save.</source>
        <translation>Close hat diese Änderungen bereits: Das Speichern ging durch, auch wenn die Antwort nie kam. Es bleibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>Entwurf &amp;löschen …</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation>Ent&amp;wurf</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Someone changed this draft in Close since you opened it.</source>
        <translation>Jemand hat diesen Entwurf in Close geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Deleted in Close at %1: it can no longer be saved or sent. What you typed stays in this window; copy it into a new draft to keep it.</source>
        <translation>Um %1 in Close gelöscht: Er kann nicht mehr gespeichert oder gesendet werden. Was Sie getippt haben, bleibt in diesem Fenster; kopieren Sie es in einen neuen Entwurf, um es zu behalten.</translation>
    </message>
    <message>
        <source>Close cannot be reached: this save waits and goes out when Close is back. Nothing you typed is lost.</source>
        <translation>Close ist nicht erreichbar: Dieses Speichern wartet und geht hinaus, sobald Close wieder da ist. Nichts von Ihrer Eingabe geht verloren.</translation>
    </message>
    <message>
        <source>Written while Close could not be reached: it is kept on this computer and made in Close when it is back. Sending needs Close.</source>
        <translation>Geschrieben, während Close nicht erreichbar war: Er bleibt auf diesem Computer und wird in Close angelegt, sobald es wieder erreichbar ist. Senden braucht Close.</translation>
    </message>
    <message>
        <source>It is in Close now.</source>
        <translation>Er ist jetzt in Close.</translation>
    </message>
    <message>
        <source>Not connected to Close yet: this save waits and goes out once Draftdesk is connected. Nothing you typed is lost.</source>
        <translation>Noch nicht mit Close verbunden: Dieses Speichern wartet und geht hinaus, sobald Draftdesk verbunden ist. Nichts von Ihrer Eingabe geht verloren.</translation>
    </message>
</context>
<context>
    <name>DraftExport</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Keep the HTML Untouched</source>
        <translation>HTML &amp;unverändert lassen</translation>
    </message>
    <message>
        <source>E&amp;xport Draft…</source>
        <translation>Entwurf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Plain Text</source>
        <translation>&amp;Reiner Text</translation>
    </message>
    <message>
        <source>Write the plain text m&amp;yself (it stops following the message)</source>
        <translation>Reinen Text se&amp;lbst schreiben (er folgt dann nicht mehr der Nachricht)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>HTML-Quelltext</translation>
    </message>
    <message>
        <source>&amp;HTML Source</source>
        <translation>&amp;HTML-Quelltext</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>Roh&amp;es JSON</translation>
    </message>
    <message>
        <source>Schema notes</source>
        <translation>Schema-Hinweise</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>PUT body to send</source>
        <translation>Zu sendender PUT-Inhalt</translation>
    </message>
    <message>
        <source>Send This &amp;PUT</source>
        <translation>Diesen &amp;PUT senden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Send now or schedule (Ctrl+Return)</source>
        <translation>Jetzt senden oder planen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>Sen&amp;den …</translation>
    </message>
</context>
<context>
    <name>DraftJournal</name>
    <message>
        <source>Cannot create the folder %1 for unsaved drafts.</source>
        <translation>Der Ordner %1 für ungespeicherte Entwürfe kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the unsaved draft to %1: %2</source>
        <translation>Der ungespeicherte Entwurf konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Draftdesk cannot create %1, so unsaved drafts cannot be kept on disk. Make the folder writable, or save often.</source>
        <translation>Draftdesk kann %1 nicht anlegen, daher lassen sich ungespeicherte Entwürfe nicht auf der Festplatte sichern. Machen Sie den Ordner beschreibbar oder speichern Sie oft.</translation>
    </message>
    <message>
        <source>Draftdesk cannot write in %1 (%2), so unsaved drafts cannot be kept on disk. Make room or the folder writable, or save often.</source>
        <translation>Draftdesk kann nicht in %1 schreiben (%2), daher können ungespeicherte Entwürfe nicht auf der Festplatte bewahrt werden. Schaffen Sie Platz oder machen Sie den Ordner beschreibbar, oder speichern Sie oft.</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Bitte vor dem Speichern die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Someone changed this draft in Close since you opened it.</source>
        <translation>Jemand hat diesen Entwurf in Close geändert, seit Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>This email is no longer a draft in Close (it is %1 now).</source>
        <translation>Diese E-Mail ist in Close kein Entwurf mehr (sie ist jetzt: %1).</translation>
    </message>
    <message>
        <source>It is no longer a draft, so it cannot be changed. Copy your text into a new draft instead.</source>
        <translation>Es ist kein Entwurf mehr und kann daher nicht geändert werden. Kopieren Sie Ihren Text stattdessen in einen neuen Entwurf.</translation>
    </message>
    <message>
        <source>The email cannot go out yet.</source>
        <translation>Die E-Mail kann noch nicht hinausgehen.</translation>
    </message>
    <message>
        <source>(nothing to save: no field differs from the server&apos;s copy)</source>
        <translation>(nichts zu speichern: kein Feld weicht von der Fassung des Servers ab)</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>The body of a PUT is a JSON object: { … }.</source>
        <translation>Der Inhalt eines PUT ist ein JSON-Objekt: { … }.</translation>
    </message>
    <message>
        <source>A request for this email is under way; wait for its answer.</source>
        <translation>Für diese E-Mail läuft schon eine Anfrage; bitte auf die Antwort warten.</translation>
    </message>
    <message>
        <source>Close&apos;s answer to the save could not be read.</source>
        <translation>Die Antwort von Close auf das Speichern war nicht lesbar.</translation>
    </message>
    <message>
        <source>Close&apos;s answer to the send could not be read.</source>
        <translation>Die Antwort von Close auf das Senden war nicht lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) still uploading: wait until they are attached.</source>
        <translation>
            <numerusform>%n Anhang wird noch hochgeladen: Warten Sie, bis er angehängt ist.</numerusform>
            <numerusform>%n Anhänge werden noch hochgeladen: Warten Sie, bis sie angehängt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was deleted in Close, so it cannot be saved. Copy your text into a new draft instead.</source>
        <translation>Er wurde in Close gelöscht und kann daher nicht gespeichert werden. Kopieren Sie Ihren Text stattdessen in einen neuen Entwurf.</translation>
    </message>
    <message>
        <source>It is not in Close yet: it is made there when Close can be reached.</source>
        <translation>Er ist noch nicht in Close: Er wird dort angelegt, sobald Close erreichbar ist.</translation>
    </message>
    <message>
        <source>It is not in Close yet, and sending needs Close. It is made there when Close can be reached; send it then.</source>
        <translation>Er ist noch nicht in Close, und Senden braucht Close. Er wird dort angelegt, sobald Close erreichbar ist; senden Sie ihn dann.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>„%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2.</source>
        <translation>„%1“ ist für %2 geplant.</translation>
    </message>
    <message>
        <source>“%1” is in the outbox.</source>
        <translation>„%1“ liegt im Postausgang.</translation>
    </message>
    <message>
        <source>“%1”: the answer was lost, but Close has it as %2.</source>
        <translation>„%1“: Die Antwort ging verloren, aber Close führt die E-Mail als %2.</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>„%1“ wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>“%1” is back to draft: nothing was sent.</source>
        <translation>„%1“ ist wieder ein Entwurf: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Too late: Close had already sent “%1”.</source>
        <translation>Zu spät: Close hatte „%1“ schon gesendet.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was already gone from Close.</source>
        <translation>„%1“ war in Close schon nicht mehr da.</translation>
    </message>
    <message>
        <source>The new draft was not created: %1</source>
        <translation>Der neue Entwurf wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>New draft created.</source>
        <translation>Neuer Entwurf angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” waits to be saved: Close cannot be reached. It goes out when Close is back (%n change(s) waiting).</source>
        <translation>
            <numerusform>„%1“ wartet aufs Speichern: Close ist nicht erreichbar. Es geht hinaus, sobald Close wieder da ist (%n Änderung wartet).</numerusform>
            <numerusform>„%1“ wartet aufs Speichern: Close ist nicht erreichbar. Es geht hinaus, sobald Close wieder da ist (%n Änderungen warten).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Whether Close made it could not be found out either: look in the list before you try again.</source>
        <translation>%1 Ob Close ihn angelegt hat, ließ sich auch nicht herausfinden: Sehen Sie in der Liste nach, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is kept on this computer and made in Close when it can be reached (%n change(s) waiting).</source>
        <translation>
            <numerusform>„%1“ bleibt auf diesem Computer und wird in Close angelegt, sobald es erreichbar ist (%n Änderung wartet).</numerusform>
            <numerusform>„%1“ bleibt auf diesem Computer und wird in Close angelegt, sobald es erreichbar ist (%n Änderungen warten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close cannot be reached: the new draft is kept on this computer and made in Close when it is back.</source>
        <translation>Close ist nicht erreichbar: Der neue Entwurf bleibt auf diesem Computer und wird in Close angelegt, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>“%1”, written while Close could not be reached, is in Close now.</source>
        <translation>„%1“, geschrieben, während Close nicht erreichbar war, ist jetzt in Close.</translation>
    </message>
    <message>
        <source>“%1” is kept on this computer and made in Close when it can be reached.</source>
        <translation>„%1“ bleibt auf diesem Computer und wird in Close angelegt, sobald es erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” waits to be saved until Draftdesk is connected to Close (%n change(s) waiting).</source>
        <translation>
            <numerusform>„%1“ wartet aufs Speichern, bis Draftdesk mit Close verbunden ist (%n Änderung wartet).</numerusform>
            <numerusform>„%1“ wartet aufs Speichern, bis Draftdesk mit Close verbunden ist (%n Änderungen warten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailActivity</name>
    <message>
        <source>The field is missing.</source>
        <translation>Das Feld fehlt.</translation>
    </message>
    <message>
        <source>The field must not be null.</source>
        <translation>Das Feld darf nicht null sein.</translation>
    </message>
    <message>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>Fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>Ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation>Erwartet: %1, erhalten: %2.</translation>
    </message>
    <message>
        <source>%1: unexpected type. %2</source>
        <translation>%1: unerwarteter Typ. %2</translation>
    </message>
    <message>
        <source>%1: missing (the documentation lists it as always present).</source>
        <translation>%1: fehlt (laut Dokumentation immer vorhanden).</translation>
    </message>
    <message>
        <source>%1: a field Draftdesk does not know (%2).</source>
        <translation>%1: ein Feld, das Draftdesk nicht kennt (%2).</translation>
    </message>
</context>
<context>
    <name>EmailField</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an ISO 8601 date</source>
        <translation>ein Datum nach ISO 8601</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>eine Liste von Objekten</translation>
    </message>
    <message>
        <source>one of inbox, draft, scheduled, outbox, sent, error</source>
        <translation>einer der Werte inbox, draft, scheduled, outbox, sent, error</translation>
    </message>
    <message>
        <source>incoming or outgoing</source>
        <translation>incoming oder outgoing</translation>
    </message>
    <message>
        <source>a quoted part (an object, a list of them, or text)</source>
        <translation>ein zitierter Teil (ein Objekt, eine Liste davon oder Text)</translation>
    </message>
</context>
<context>
    <name>EmailListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(kein Absender)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Close sent a status Draftdesk does not know; open the email to see what it holds.</source>
        <translation>Close hat einen Status gesendet, den Draftdesk nicht kennt; öffnen Sie die E-Mail, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>The lead&apos;s name is on its way from Close.</source>
        <translation>Der Name des Leads ist von Close unterwegs.</translation>
    </message>
    <message>
        <source>Close sent this email in a form Draftdesk cannot read: %1. The other emails of its page are shown.</source>
        <translation>Close hat diese E-Mail in einer Form geschickt, die Draftdesk nicht lesen kann: %1. Die übrigen E-Mails ihrer Seite werden angezeigt.</translation>
    </message>
    <message>
        <source>(cannot be shown: %1)</source>
        <translation>(kann nicht angezeigt werden: %1)</translation>
    </message>
    <message>
        <source>Written while Close could not be reached: it is made in Close when it is back.</source>
        <translation>Geschrieben, während Close nicht erreichbar war: Er wird in Close angelegt, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Draft (not in Close yet)</source>
        <translation>Entwurf (noch nicht in Close)</translation>
    </message>
</context>
<context>
    <name>EmailListPanel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Search subject, recipients, sender, lead (Ctrl+F)</source>
        <translation>Betreff, Empfänger, Absender, Lead durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>Only emails of the signed-in user (asks the server)</source>
        <translation>Nur E-Mails des angemeldeten Benutzers (fragt den Server)</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Created within</source>
        <translation>Erstellt innerhalb</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
</context>
<context>
    <name>EmailLoader</name>
    <message>
        <source>The email came back damaged: %1</source>
        <translation>Die E-Mail kam beschädigt zurück: %1</translation>
    </message>
    <message>
        <source>Close answered with another email (%1) than the one asked for (%2), so it is not shown. Try again.</source>
        <translation>Close hat mit einer anderen E-Mail (%1) geantwortet als der angefragten (%2), daher wird sie nicht angezeigt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>EmailStatus</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>EmailStore</name>
    <message>
        <source>The stored emails in %1 cannot be used. This session keeps its emails in memory only; nothing is lost, and the list is loaded from Close.</source>
        <translation>Die gespeicherten E-Mails in %1 können nicht verwendet werden. Diese Sitzung hält ihre E-Mails nur im Arbeitsspeicher; nichts geht verloren, und die Liste wird aus Close geladen.</translation>
    </message>
    <message>
        <source>the file is shorter than its own header says</source>
        <translation>die Datei ist kürzer, als ihr eigener Kopf angibt</translation>
    </message>
    <message>
        <source>%1 was written by a newer Draftdesk (store version %2; this one reads up to %3). It was left as it is, and this session keeps its emails in memory only.</source>
        <translation>%1 wurde von einem neueren Draftdesk geschrieben (Speicherversion %2; dieses liest bis %3). Die Datei bleibt unverändert, und diese Sitzung hält ihre E-Mails nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>This session keeps its emails in memory only; nothing is lost, and the list is loaded from Close.</source>
        <translation>Diese Sitzung hält ihre E-Mails nur im Arbeitsspeicher; nichts geht verloren, und die Liste wird aus Close geladen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The stored emails in %1 could not be read (%2), and the file could not be replaced. This session keeps its emails in memory only; nothing is lost, and the list is loaded from Close.</source>
        <translation>Die gespeicherten E-Mails in %1 konnten nicht gelesen werden (%2), und die Datei konnte nicht ersetzt werden. Diese Sitzung hält ihre E-Mails nur im Arbeitsspeicher; nichts geht verloren, und die Liste wird aus Close geladen.</translation>
    </message>
    <message>
        <source>The stored emails in %1 could not be read (%2). The file was moved aside to %3, and the list is loaded again from Close.</source>
        <translation>Die gespeicherten E-Mails in %1 konnten nicht gelesen werden (%2). Die Datei wurde nach %3 verschoben, und die Liste wird neu aus Close geladen.</translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <source>Close&apos;s rendering of the template could not be read.</source>
        <translation>Die von Close ausgefüllte Vorlage ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>EmailValidation</name>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n recipients are allowed.</source>
        <translation>
            <numerusform>Höchstens %n Empfänger ist erlaubt.</numerusform>
            <numerusform>Höchstens %n Empfänger sind erlaubt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each recipient may have at most %n characters.</source>
        <translation>
            <numerusform>Jeder Empfänger darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Jeder Empfänger darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n attachments are allowed.</source>
        <translation>
            <numerusform>Höchstens %n Anhang ist erlaubt.</numerusform>
            <numerusform>Höchstens %n Anhänge sind erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each attachment needs %1.</source>
        <translation>Jeder Anhang braucht %1.</translation>
    </message>
    <message>
        <source>Attachment URLs must come from the Close file upload.</source>
        <translation>Anhang-URLs müssen aus dem Datei-Upload von Close stammen.</translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation>Dieses Feld kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This field may not be null.</source>
        <translation>Dieses Feld darf nicht null sein.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Ensure this field has no more than %n characters.</source>
        <translation>
            <numerusform>Dieses Feld darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Dieses Feld darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an email address, or a name and an address as &quot;Name&quot; &lt;name@example.com&gt;.</source>
        <translation>Bitte eine E-Mail-Adresse eingeben oder Name und Adresse als &quot;Name&quot; &lt;name@example.com&gt;.</translation>
    </message>
    <message>
        <source>Must be at least %1 seconds (one day).</source>
        <translation>Muss mindestens %1 Sekunden (ein Tag) betragen.</translation>
    </message>
    <message>
        <source>Must be between 0 and %1 seconds.</source>
        <translation>Muss zwischen 0 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The email has no valid status.</source>
        <translation>Die E-Mail hat keinen gültigen Status.</translation>
    </message>
    <message>
        <source>Only drafts can be modified.</source>
        <translation>Nur Entwürfe können geändert werden.</translation>
    </message>
    <message>
        <source>A draft can only become scheduled or outbox.</source>
        <translation>Ein Entwurf kann nur geplant oder in den Postausgang gelegt werden.</translation>
    </message>
    <message>
        <source>A follow-up date needs a scheduled, outbox or sent email.</source>
        <translation>Ein Nachfassdatum setzt eine geplante, ausgehende oder gesendete E-Mail voraus.</translation>
    </message>
    <message>
        <source>Only an email going to the outbox can be delayed.</source>
        <translation>Nur eine E-Mail im Postausgang kann verzögert werden.</translation>
    </message>
</context>
<context>
    <name>EmailViewer</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EventLogSync</name>
    <message>
        <source>Close&apos;s event log reaches back 30 days only</source>
        <translation>Das Ereignisprotokoll von Close reicht nur 30 Tage zurück</translation>
    </message>
    <message>
        <source>Close&apos;s event log answered without a list of events.</source>
        <translation>Das Ereignisprotokoll von Close hat ohne eine Liste von Ereignissen geantwortet.</translation>
    </message>
    <message>
        <source>Close&apos;s event log did not come to an end</source>
        <translation>Das Ereignisprotokoll von Close kam zu keinem Ende</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n Datensatz)</numerusform>
            <numerusform>%1 (%n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema notes:</source>
        <translation>Schema-Hinweise:</translation>
    </message>
</context>
<context>
    <name>FileUpload</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (no permission).</source>
        <translation>„%1“ kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments can be at most %3.</source>
        <translation>„%1“ ist %2 groß; Anhänge dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>it has no upload form.</source>
        <translation>sie enthält kein Formular zum Hochladen.</translation>
    </message>
    <message>
        <source>it names an upload address that is not safe to send a file to (%1).</source>
        <translation>sie nennt eine Adresse zum Hochladen, an die keine Datei sicher geschickt werden kann (%1).</translation>
    </message>
    <message>
        <source>its upload form has too many fields.</source>
        <translation>ihr Formular zum Hochladen hat zu viele Felder.</translation>
    </message>
    <message>
        <source>its upload form has a field that cannot be sent (%1).</source>
        <translation>ihr Formular zum Hochladen hat ein Feld, das nicht gesendet werden kann (%1).</translation>
    </message>
    <message>
        <source>the address the file would have is not a Close file address.</source>
        <translation>die Adresse, die die Datei bekäme, ist keine Dateiadresse von Close.</translation>
    </message>
    <message>
        <source>Close did not give an upload slot: %1</source>
        <translation>Close hat keinen Platz zum Hochladen vergeben: %1</translation>
    </message>
    <message>
        <source>Close&apos;s answer to the upload request cannot be used: %1</source>
        <translation>Die Antwort von Close auf die Anfrage zum Hochladen ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The upload did not finish: the file store answered too much.</source>
        <translation>Das Hochladen wurde nicht abgeschlossen: Der Dateispeicher hat zu viel geantwortet.</translation>
    </message>
    <message>
        <source>The file store answered with a redirect, which Draftdesk does not follow for uploads.</source>
        <translation>Der Dateispeicher hat mit einer Weiterleitung geantwortet, der Draftdesk beim Hochladen nicht folgt.</translation>
    </message>
    <message>
        <source>The upload did not finish: the file store took too long to answer.</source>
        <translation>Das Hochladen wurde nicht abgeschlossen: Der Dateispeicher hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>The upload did not finish: %1</source>
        <translation>Das Hochladen wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The upload slot expired before the file arrived (Close allows 60 seconds). Try again.</source>
        <translation>Der Platz zum Hochladen ist abgelaufen, bevor die Datei ankam (Close erlaubt 60 Sekunden). Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The file store refused the file as too large.</source>
        <translation>Der Dateispeicher hat die Datei als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>The file store refused the upload (HTTP %1).</source>
        <translation>Der Dateispeicher hat das Hochladen abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The file store refused the upload (HTTP %1): %2</source>
        <translation>Der Dateispeicher hat das Hochladen abgelehnt (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>FormattingToolbar</name>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe …</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Indent More</source>
        <translation>Einzug vergrößern</translation>
    </message>
    <message>
        <source>Indent Less</source>
        <translation>Einzug verkleinern</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>Linksbündig</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>Rechtsbündig</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link …</translation>
    </message>
    <message>
        <source>Clear Formatting</source>
        <translation>Formatierung entfernen</translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation>Als reinen Text einfügen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <source>Strike Through</source>
        <translation>Durchgestrichen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>Textfarbe</translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <source>&quot;Your Name&quot; &lt;you@example.com&gt;</source>
        <translation>&quot;Ihr Name&quot; &lt;sie@example.com&gt;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Invisible text-direction characters can make text read differently from what it is:</source>
        <translation>Unsichtbare Schreibrichtungszeichen können Text anders erscheinen lassen, als er ist:</translation>
    </message>
    <message>
        <source>Close sent fields Draftdesk cannot read or edit; they stay as they are and saving leaves them untouched. %1</source>
        <translation>Close hat Felder geschickt, die Draftdesk nicht lesen oder bearbeiten kann; sie bleiben, wie sie sind, und Speichern lässt sie unberührt. %1</translation>
    </message>
    <message>
        <source>%L1 characters, more than this field holds (%L2); shown shortened, the Raw JSON tab has all of it</source>
        <translation>%L1 Zeichen, mehr als dieses Feld fasst (%L2); gekürzt angezeigt, der Reiter Raw JSON enthält alles</translation>
    </message>
    <message>
        <source>too slow to edit here (a word of %L1 characters, or a letter with %L2 accent marks); shown shortened, the Raw JSON tab has all of it</source>
        <translation>hier zu langsam zu bearbeiten (ein Wort mit %L1 Zeichen oder ein Buchstabe mit %L2 Akzentzeichen); gekürzt angezeigt, der Reiter Raw JSON enthält alles</translation>
    </message>
    <message>
        <source>An address may not be the one it looks like:</source>
        <translation>Eine Adresse ist vielleicht nicht die, nach der sie aussieht:</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>a style sheet (&lt;style&gt;)</source>
        <translation>ein Stylesheet (&lt;style&gt;)</translation>
    </message>
    <message>
        <source>a styled table</source>
        <translation>eine gestaltete Tabelle</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>scripts or embedded content</source>
        <translation>Skripte oder eingebettete Inhalte</translation>
    </message>
    <message>
        <source>CSS classes</source>
        <translation>CSS-Klassen</translation>
    </message>
    <message>
        <source>boxes, borders or backgrounds</source>
        <translation>Kästen, Rahmen oder Hintergründe</translation>
    </message>
    <message>
        <source>This email&apos;s HTML is %1, more than the %2 shown formatted, so its text is shown instead.</source>
        <translation>Das HTML dieser E-Mail ist %1 groß, mehr als die %2, die formatiert angezeigt werden; deshalb wird ihr Text angezeigt.</translation>
    </message>
    <message>
        <source>This email&apos;s HTML is %1, more than the %2 shown formatted, so its source is shown as text.</source>
        <translation>Das HTML dieser E-Mail ist %1 groß, mehr als die %2, die formatiert angezeigt werden; deshalb wird ihr Quelltext als Text angezeigt.</translation>
    </message>
    <message>
        <source>This email&apos;s HTML has about %L1 tags, more than the %L2 elements shown formatted, so it is shown as plain text.</source>
        <translation>Das HTML dieser E-Mail hat etwa %L1 Tags, mehr als die %L2 Elemente, die formatiert angezeigt werden; deshalb wird es als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>This email&apos;s HTML has more than %L1 elements, the most shown formatted, so it is shown as plain text.</source>
        <translation>Das HTML dieser E-Mail hat mehr als %L1 Elemente, die Höchstzahl für die formatierte Anzeige; deshalb wird es als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>This email has a word of %L1 characters, longer than the editor lays out quickly, so it is shown as text, broken into lines.</source>
        <translation>Diese E-Mail enthält ein Wort mit %L1 Zeichen, länger als der Editor schnell darstellen kann; sie wird daher als Text gezeigt, in Zeilen umbrochen.</translation>
    </message>
    <message>
        <source>This email has a letter with %L1 accent marks, more than the editor lays out quickly, so it is shown as text with a few of them.</source>
        <translation>Diese E-Mail enthält einen Buchstaben mit %L1 Akzentzeichen, mehr als der Editor schnell darstellen kann; sie wird daher als Text mit wenigen davon gezeigt.</translation>
    </message>
</context>
<context>
    <name>HttpModule</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 cannot be loaded (%2); reinstall Draftdesk.</source>
        <translation>%1 kann nicht geladen werden (%2); installieren Sie Draftdesk neu.</translation>
    </message>
    <message>
        <source>Draftdesk&apos;s network module is missing (looked for %1); reinstall Draftdesk.</source>
        <translation>Das Netzwerkmodul von Draftdesk fehlt (gesucht: %1); installieren Sie Draftdesk neu.</translation>
    </message>
</context>
<context>
    <name>InspectorServices</name>
    <message>
        <source>Choose GET, POST, PUT or DELETE.</source>
        <translation>Wählen Sie GET, POST, PUT oder DELETE.</translation>
    </message>
    <message>
        <source>The path goes below the API base, e.g. activity/email/acti_…/.</source>
        <translation>Der Pfad liegt unterhalb der API-Basis, z.&#xa0;B. activity/email/acti_…/.</translation>
    </message>
    <message>
        <source>JSON error at line %1, column %2: %3</source>
        <translation>JSON-Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Body muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 of %2 left, resets in %3 s</source>
        <translation>%1 von %2 übrig, neu in %3&#xa0;s</translation>
    </message>
    <message>
        <source>%1 of %2 left, window over</source>
        <translation>%1 von %2 übrig, Zeitfenster vorbei</translation>
    </message>
    <message>
        <source>no budget given</source>
        <translation>kein Kontingent angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n × 429</source>
        <translation>
            <numerusform>%n × 429</numerusform>
            <numerusform>%n × 429</numerusform>
        </translation>
    </message>
    <message>
        <source>(last asked to wait %1 s)</source>
        <translation>(zuletzt %1&#xa0;s Wartezeit verlangt)</translation>
    </message>
</context>
<context>
    <name>JournalWarning</name>
    <message>
        <source>Export Draft</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Unsaved text is not on disk: %1 It stays in this window until you save it or export it.</source>
        <translation>Ungespeicherter Text ist nicht auf der Festplatte: %1 Er bleibt in diesem Fenster, bis Sie ihn speichern oder exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonListSalvage</name>
    <message>
        <source>it holds text that is not valid UTF-8</source>
        <translation>sie enthält Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>it holds a number that is out of range or badly written</source>
        <translation>sie enthält eine Zahl, die zu groß oder falsch geschrieben ist</translation>
    </message>
    <message>
        <source>it is nested deeper than Draftdesk reads</source>
        <translation>sie ist tiefer verschachtelt, als Draftdesk liest</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>sie ist kein gültiges JSON (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Draftdesk will use %1 the next time it starts.</source>
        <translation>Draftdesk verwendet %1 beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>Link bearbeiten</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>https://… or name@example.com</source>
        <translation>https://… oder name@example.com</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Save Link</source>
        <translation>Link speichern</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Link &amp;entfernen</translation>
    </message>
    <message>
        <source>An email link opens a web page (https://…) or writes an email (mailto:…).</source>
        <translation>Ein Link in einer E-Mail öffnet eine Webseite (https://…) oder schreibt eine E-Mail (mailto:…).</translation>
    </message>
</context>
<context>
    <name>ListLoader</name>
    <message numerus="yes">
        <source>More than %n emails were created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</source>
        <translation>
            <numerusform>Mehr als %n E-Mail wurde im selben Augenblick (%1) angelegt, und Close kann nicht über so viele auf einmal hinaus auflisten. Filtern Sie nach Lead oder Benutzer, um den Rest zu sehen.</numerusform>
            <numerusform>Mehr als %n E-Mails wurden im selben Augenblick (%1) angelegt, und Close kann nicht über so viele auf einmal hinaus auflisten. Filtern Sie nach Lead oder Benutzer, um den Rest zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPageReader</name>
    <message>
        <source>The email list came back in an unexpected shape.</source>
        <translation>Die E-Mail-Liste kam in einer unerwarteten Form zurück.</translation>
    </message>
</context>
<context>
    <name>ListStatusText</name>
    <message>
        <source>Showing the list from %1; refreshing…</source>
        <translation>Liste vom Stand %1; wird aktualisiert …</translation>
    </message>
    <message>
        <source>Showing the list from %1; Close could not be reached</source>
        <translation>Liste vom Stand %1; Close war nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n email(s) so far</source>
        <translation>
            <numerusform>Lade … bisher %n E-Mail</numerusform>
            <numerusform>Lade … bisher %n E-Mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; loading stopped, more are in Close</source>
        <translation>
            <numerusform>%n E-Mail geladen; Laden angehalten, Close hat weitere</numerusform>
            <numerusform>%n E-Mails geladen; Laden angehalten, Close hat weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; more in Close (scroll down, or View → Load All Emails)</source>
        <translation>
            <numerusform>%n E-Mail geladen; weitere in Close (nach unten blättern oder Ansicht → Alle E-Mails laden)</numerusform>
            <numerusform>%n E-Mails geladen; weitere in Close (nach unten blättern oder Ansicht → Alle E-Mails laden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; Close holds more that cannot be listed (see the message above)</source>
        <translation>
            <numerusform>%n E-Mail geladen; Close hat weitere, die sich nicht auflisten lassen (siehe Meldung oben)</numerusform>
            <numerusform>%n E-Mails geladen; Close hat weitere, die sich nicht auflisten lassen (siehe Meldung oben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n email(s) loaded</source>
        <translation>
            <numerusform>Alle %n E-Mail geladen</numerusform>
            <numerusform>Alle %n E-Mails geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and are left out</source>
        <translation>
            <numerusform>%n Datensatz war unlesbar und fehlt</numerusform>
            <numerusform>%n Datensätze waren unlesbar und fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) match</source>
        <translation>
            <numerusform>%n E-Mail passt</numerusform>
            <numerusform>%n E-Mails passen</numerusform>
        </translation>
    </message>
    <message>
        <source>more in Close</source>
        <translation>weitere in Close</translation>
    </message>
    <message>
        <source>every email of Close searched</source>
        <translation>alle E-Mails aus Close durchsucht</translation>
    </message>
    <message>
        <source>Offline — showing the list from %1</source>
        <translation>Offline – die Liste vom Stand %1 wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — no emails stored yet; the list comes when Close can be reached</source>
        <translation>Offline – noch keine E-Mails gespeichert; die Liste kommt, sobald Close erreichbar ist</translation>
    </message>
    <message>
        <source>Showing the list from %1</source>
        <translation>Liste vom Stand %1</translation>
    </message>
    <message>
        <source>Demo sandbox · %1</source>
        <translation>Demo-Sandbox · %1</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Warte auf den Schlüsselbund …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Cannot reach %1; trying again…</source>
        <translation>%1 ist nicht erreichbar; neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) shown; the newest %1 refreshed, the rest as stored (View → Load All Emails)</source>
        <translation>
            <numerusform>%n E-Mail angezeigt; die neuesten %1 aktualisiert, die übrigen wie gespeichert (Ansicht → Alle E-Mails laden)</numerusform>
            <numerusform>%n E-Mails angezeigt; die neuesten %1 aktualisiert, die übrigen wie gespeichert (Ansicht → Alle E-Mails laden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Draftdesk</source>
        <translation>&amp;Über Draftdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Draftdesk</source>
        <translation>Über Draftdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draftdesk %1&lt;/h3&gt;&lt;p&gt;A desktop editor for Close CRM email drafts.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Draftdesk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Editor für E-Mail-Entwürfe in Close CRM.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loaded emails</source>
        <translation>Geladene E-Mails</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>&amp;Open Email</source>
        <translation>E-Mail ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Connection &amp;Settings…</source>
        <translation>&amp;Verbindungseinstellungen …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Load All Emails</source>
        <translation>Alle E-Mails &amp;laden</translation>
    </message>
    <message>
        <source>Select an email to see it here.</source>
        <translation>Wählen Sie eine E-Mail, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Ratenbegrenzung: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>&amp;Network Inspector</source>
        <translation>&amp;Netzwerk-Inspektor</translation>
    </message>
    <message>
        <source>QA MODE: rules do not block</source>
        <translation>QA-MODUS: Regeln blockieren nicht</translation>
    </message>
    <message>
        <source>&amp;QA Mode</source>
        <translation>&amp;QA-Modus</translation>
    </message>
    <message>
        <source>Client-side rules warn but no longer block, so you can see what Close answers</source>
        <translation>Regeln im Programm warnen nur noch und blockieren nicht, damit Sie sehen, was Close antwortet</translation>
    </message>
    <message>
        <source>%1 Change the filters (lead, period, Mine only) or refresh the list (F5) to try something Close can answer.</source>
        <translation>%1 Ändern Sie die Filter (Lead, Zeitraum, Nur meine) oder aktualisieren Sie die Liste (F5), um etwas zu versuchen, das Close beantworten kann.</translation>
    </message>
    <message>
        <source>&amp;New Draft…</source>
        <translation>&amp;Neuer Entwurf …</translation>
    </message>
    <message>
        <source>New Draft for This &amp;Lead…</source>
        <translation>Neuer Entwurf für diesen &amp;Lead …</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>Entwurf &amp;löschen …</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>The new draft was not created: %1</source>
        <translation>Der neue Entwurf wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Si&amp;gnatures…</source>
        <translation>Si&amp;gnaturen …</translation>
    </message>
</context>
<context>
    <name>NetworkInspector</name>
    <message>
        <source>Network Inspector</source>
        <translation>Netzwerk-Inspektor</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Methodenfilter</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Path contains…</source>
        <translation>Pfad enthält …</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Find in the request and response (Return: next)</source>
        <translation>In Anfrage und Antwort suchen (Eingabe: weiter)</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>This request moves an email to the outbox or schedules it: replaying it may send an email. Replay anyway?</source>
        <translation>Diese Anfrage legt eine E-Mail in den Postausgang oder plant sie: Erneutes Senden kann eine E-Mail verschicken. Trotzdem erneut senden?</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>HAR e&amp;xportieren…</translation>
    </message>
    <message>
        <source>What the server changed</source>
        <translation>Was der Server geändert hat</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>What the Server Changed</source>
        <translation>Was der Server geändert hat</translation>
    </message>
    <message>
        <source>Rate Limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Ed&amp;it and Resend…</source>
        <translation>Ändern und &amp;neu senden …</translation>
    </message>
    <message>
        <source>Save as Scenari&amp;o…</source>
        <translation>Als Szenario s&amp;peichern …</translation>
    </message>
    <message>
        <source>The selected requests (all shown, when none is selected) as a file to replay after each Close release</source>
        <translation>Die gewählten Anfragen (alle angezeigten, wenn keine gewählt ist) als Datei, die nach jeder Close-Version erneut abgespielt wird</translation>
    </message>
    <message>
        <source>R&amp;un Scenario…</source>
        <translation>Szenario a&amp;usführen …</translation>
    </message>
    <message>
        <source>Select a PUT or POST that Close answered to see what it did with each field.</source>
        <translation>Wählen Sie ein von Close beantwortetes PUT oder POST, um zu sehen, was es mit jedem Feld gemacht hat.</translation>
    </message>
    <message>
        <source>No answer has said anything about rate limits yet.</source>
        <translation>Noch keine Antwort hat etwas über Ratenlimits gesagt.</translation>
    </message>
    <message>
        <source>(each mark is one answer: the budget left, ! a 429)</source>
        <translation>(jedes Zeichen ist eine Antwort: das verbliebene Kontingent, ! ein 429)</translation>
    </message>
    <message>
        <source>Save as Scenario</source>
        <translation>Als Szenario speichern</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Name des Szenarios:</translation>
    </message>
    <message>
        <source>Draftdesk scenarios (*.json)</source>
        <translation>Draftdesk-Szenarien (*.json)</translation>
    </message>
    <message>
        <source>None of these requests went to the Close API.</source>
        <translation>Keine dieser Anfragen ging an die Close-API.</translation>
    </message>
    <message>
        <source>Run Scenario</source>
        <translation>Szenario ausführen</translation>
    </message>
    <message>
        <source>%1 cannot be replayed: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>The request you sent is shown although the filters hide it.</source>
        <translation>Die Anfrage, die Sie gesendet haben, wird angezeigt, obwohl die Filter sie ausblenden.</translation>
    </message>
    <message numerus="yes">
        <source>One request is selected. Save only that one, or all %n shown?</source>
        <translation>
            <numerusform>Eine Anfrage ist ausgewählt. Nur diese speichern oder die %n angezeigte?</numerusform>
            <numerusform>Eine Anfrage ist ausgewählt. Nur diese speichern oder alle %n angezeigten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the Selected</source>
        <translation>Nur die ausgewählte</translation>
    </message>
    <message numerus="yes">
        <source>All %n Shown</source>
        <translation>
            <numerusform>Die %n angezeigte</numerusform>
            <numerusform>Alle %n angezeigten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from the %n selected row(s)</source>
        <translation>
            <numerusform>aus der %n ausgewählten Zeile</numerusform>
            <numerusform>aus den %n ausgewählten Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from all %n shown row(s)</source>
        <translation>
            <numerusform>aus der %n angezeigten Zeile</numerusform>
            <numerusform>aus allen %n angezeigten Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n step(s) %1 to %2</source>
        <translation>
            <numerusform>%n Schritt %1 in %2 gespeichert</numerusform>
            <numerusform>%n Schritte %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) left out (to other servers, or not answered yet)</source>
        <translation>
            <numerusform>%n Anfrage ausgelassen (an einen anderen Server oder noch ohne Antwort)</numerusform>
            <numerusform>%n Anfragen ausgelassen (an andere Server oder noch ohne Antwort)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a curl command for %1; it reads the key from $CLOSE_API_KEY.</source>
        <translation>curl-Befehl für %1 kopiert; er liest den Schlüssel aus $CLOSE_API_KEY.</translation>
    </message>
    <message>
        <source>Copied a curl command for %1, with the demo&apos;s key: it runs as it is.</source>
        <translation>curl-Befehl für %1 mit dem Schlüssel der Demo kopiert: Er läuft so, wie er ist.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n exchange(s) to %1, the key redacted.</source>
        <translation>
            <numerusform>%n Austausch nach %1 exportiert, der Schlüssel geschwärzt.</numerusform>
            <numerusform>%n Austausche nach %1 exportiert, der Schlüssel geschwärzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New Draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Name of the lead, a contact or an address</source>
        <translation>Name des Leads, eines Kontakts oder eine Adresse</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Gefundene Leads</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Create &amp;Draft</source>
        <translation>&amp;Entwurf anlegen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No lead matches. Close searches names, contacts and addresses.</source>
        <translation>Kein Lead passt. Close durchsucht Namen, Kontakte und Adressen.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) found.</source>
        <translation>
            <numerusform>%n Lead gefunden.</numerusform>
            <numerusform>%n Leads gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 A new draft is made in Close, so it needs Close: try again when it can be reached. Drafts already in the list can still be edited.</source>
        <translation>%1 Ein neuer Entwurf wird in Close angelegt und braucht daher Close: Versuchen Sie es wieder, wenn es erreichbar ist. Entwürfe, die schon in der Liste stehen, lassen sich weiter bearbeiten.</translation>
    </message>
    <message>
        <source>Close cannot be reached, and no stored email matches. A new draft needs a lead: try other words, or again when Close is back.</source>
        <translation>Close ist nicht erreichbar, und keine gespeicherte E-Mail passt. Ein neuer Entwurf braucht einen Lead: Versuchen Sie andere Wörter oder es erneut, wenn Close wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Close cannot be reached: these leads are from the emails kept on this computer. The new draft is kept here and made in Close when it is back.</source>
        <translation>Close ist nicht erreichbar: Diese Leads stammen aus den auf diesem Computer gespeicherten E-Mails. Der neue Entwurf bleibt hier und wird in Close angelegt, sobald es wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>OpenDrafts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save or close it before switching: it belongs to %2, and its changes can only be saved there.</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern oder schließen Sie es vor dem Wechsel: Es gehört zu %2, und seine Änderungen können nur dort gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Email header</source>
        <translation>E-Mail-Kopf</translation>
    </message>
    <message>
        <source>Email body</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <source>Select an email to see it here.</source>
        <translation>Wählen Sie eine E-Mail, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>(no sender yet)</source>
        <translation>(noch kein Absender)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil: </translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten …</translation>
    </message>
    <message>
        <source>%1 (asks before sending)</source>
        <translation>%1 (fragt vor dem Senden)</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
</context>
<context>
    <name>QuotedTextView</name>
    <message>
        <source>&amp;Quoted text</source>
        <translation>&amp;Zitierter Text</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Zitierter Text</translation>
    </message>
    <message>
        <source>Show or hide the earlier messages this email quotes (read-only)</source>
        <translation>Die früheren Nachrichten ein- oder ausblenden, die diese E-Mail zitiert (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The earlier messages this email quotes; it cannot be edited here.</source>
        <translation>Die früheren Nachrichten, die diese E-Mail zitiert; sie lassen sich hier nicht bearbeiten.</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <source>Not an email address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unsaved Drafts</source>
        <translation>Ungespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Ungespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1 — last typed %2</source>
        <translation>%1 – zuletzt bearbeitet %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Export as HTML…</source>
        <translation>Als HTML &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes to this draft?</source>
        <translation>Die ungespeicherten Änderungen an diesem Entwurf verwerfen?</translation>
    </message>
    <message>
        <source>Export Draft</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>These drafts have changes Close never confirmed (after a crash, a kill, or a save whose answer did not come). Nothing was lost:</source>
        <translation>Diese Entwürfe haben Änderungen, die Close nie bestätigt hat (nach einem Absturz, einem Abbruch oder einem Speichern ohne Antwort). Nichts ging verloren:</translation>
    </message>
</context>
<context>
    <name>RequestEditorDialog</name>
    <message>
        <source>Edit and Resend</source>
        <translation>Ändern und neu senden</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <source>&amp;Body (JSON):</source>
        <translation>&amp;Body (JSON):</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>Body (JSON):</source>
        <translation>Body (JSON):</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Valid request.</source>
        <translation>Gültige Anfrage.</translation>
    </message>
    <message>
        <source>This request moves an email to the outbox or schedules it: it may send an email. Send the request anyway?</source>
        <translation>Diese Anfrage verschiebt eine E-Mail in den Postausgang oder plant sie: Sie kann eine E-Mail senden. Die Anfrage trotzdem senden?</translation>
    </message>
    <message>
        <source>Close&apos;s rules may refuse this:</source>
        <translation>Nach den Regeln von Close kann dies abgelehnt werden:</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Edit Link…</source>
        <translation>Link bearbeiten …</translation>
    </message>
    <message>
        <source>Insert Link…</source>
        <translation>Link einfügen …</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Linkadresse kopieren</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Link entfernen</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Preparing the email for display…</source>
        <translation>Die E-Mail wird für die Anzeige vorbereitet …</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not loaded, to protect your privacy.</source>
        <translation>
            <numerusform>%n Bild nicht geladen, zum Schutz Ihrer Privatsphäre.</numerusform>
            <numerusform>%n Bilder nicht geladen, zum Schutz Ihrer Privatsphäre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s), frame(s) or other active part(s) left out.</source>
        <translation>
            <numerusform>%n Skript, Frame oder anderer aktiver Teil weggelassen.</numerusform>
            <numerusform>%n Skripte, Frames oder andere aktive Teile weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deeply nested parts are shown simplified.</source>
        <translation>Tief verschachtelte Teile werden vereinfacht angezeigt.</translation>
    </message>
    <message>
        <source>Only the first %L1 characters are shown.</source>
        <translation>Nur die ersten %L1 Zeichen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>“%1”, written while Close could not be reached, was not made in Close: %2 It is kept here: correct it and save it again, or delete it.</source>
        <translation>„%1“, geschrieben, während Close nicht erreichbar war, wurde in Close nicht angelegt: %2 Er bleibt hier: Korrigieren Sie ihn und speichern Sie erneut, oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>A change that waited for Close is saved now.</source>
        <translation>Eine Änderung, die auf Close gewartet hat, ist jetzt gespeichert.</translation>
    </message>
    <message>
        <source>A change that waited for Close was not saved: %1</source>
        <translation>Eine Änderung, die auf Close gewartet hat, wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 is missing (was %2)</source>
        <translation>%1 fehlt (war %2)</translation>
    </message>
    <message>
        <source>%1 is %2 now (was %3)</source>
        <translation>%1 ist jetzt %2 (war %3)</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>a scenario needs between 1 and %1 steps</source>
        <translation>ein Szenario braucht zwischen 1 und %1 Schritten</translation>
    </message>
    <message>
        <source>step %1 is not a request Draftdesk can replay</source>
        <translation>Schritt %1 ist keine Anfrage, die Draftdesk abspielen kann</translation>
    </message>
    <message>
        <source>the file is larger than a scenario can be</source>
        <translation>die Datei ist größer, als ein Szenario sein kann</translation>
    </message>
    <message numerus="yes">
        <source>%n new field(s): %1</source>
        <translation>
            <numerusform>%n neues Feld: %1</numerusform>
            <numerusform>%n neue Felder: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <source>Close refused for another reason: recorded %1; got %2</source>
        <translation>Close hat aus einem anderen Grund abgelehnt: aufgezeichnet %1; jetzt %2</translation>
    </message>
    <message>
        <source>%1: recorded %2; got %3</source>
        <translation>%1: aufgezeichnet %2; jetzt %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>not a Draftdesk scenario this version can read (versions 1 to %1)</source>
        <translation>kein Draftdesk-Szenario, das diese Version lesen kann (Versionen 1 bis %1)</translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message>
        <source>draftdesk: cannot read the scenario %1: %2</source>
        <translation>draftdesk: Das Szenario %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>draftdesk: the built-in sandbox did not start: %1</source>
        <translation>draftdesk: Die eingebaute Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>draftdesk: there is no connection profile named &quot;%1&quot;.</source>
        <translation>draftdesk: Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>draftdesk: set CLOSE_API_KEY to the API key for %1 (or use --demo).</source>
        <translation>draftdesk: Setzen Sie CLOSE_API_KEY auf den API-Schlüssel für %1 (oder verwenden Sie --demo).</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;: %n step(s) against %2</source>
        <translation>
            <numerusform>Szenario „%1“: %n Schritt gegen %2</numerusform>
            <numerusform>Szenario „%1“: %n Schritte gegen %2</numerusform>
        </translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>want</source>
        <translation>soll</translation>
    </message>
    <message>
        <source>got</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) passed</source>
        <translation>
            <numerusform>%n Schritt bestanden</numerusform>
            <numerusform>%n Schritte bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This scenario was recorded by an older Draftdesk: only statuses and shapes are compared, not the words of a refusal or the values a request set. Record it again to compare them.</source>
        <translation>Dieses Szenario wurde von einem älteren Draftdesk aufgezeichnet: Verglichen werden nur Status und Formen, nicht der Wortlaut einer Ablehnung oder die Werte, die eine Anfrage gesetzt hat. Zeichnen Sie es neu auf, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>draftdesk: the report %1 was not written: %2</source>
        <translation>draftdesk: Der Bericht %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>draftdesk: the scenario could not be run: %1</source>
        <translation>draftdesk: Das Szenario konnte nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>Szenario „%1“</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Gegen %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Run &amp;Next Step</source>
        <translation>&amp;Nächsten Schritt ausführen</translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <source>Run Scenario</source>
        <translation>Szenario ausführen</translation>
    </message>
    <message>
        <source>%1 is not a sandbox on this machine: the scenario&apos;s requests change real emails there. Run it anyway?</source>
        <translation>%1 ist keine Sandbox auf diesem Rechner: Die Anfragen des Szenarios ändern dort echte E-Mails. Trotzdem ausführen?</translation>
    </message>
    <message>
        <source>Step %1 moves an email to the outbox or schedules it: it may send an email. Send it?</source>
        <translation>Schritt %1 verschiebt eine E-Mail in den Postausgang oder plant sie: Er kann eine E-Mail senden. Senden?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Every step passed.</source>
        <translation>Jeder Schritt hat bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed.</source>
        <translation>
            <numerusform>%n Schritt fehlgeschlagen.</numerusform>
            <numerusform>%n Schritte fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioReport</name>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>not sent: it could send an email and was not confirmed</source>
        <translation>nicht gesendet: Er könnte eine E-Mail senden und wurde nicht bestätigt</translation>
    </message>
    <message>
        <source>not run: an earlier step was not sent</source>
        <translation>nicht ausgeführt: Ein früherer Schritt wurde nicht gesendet</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>status %1, recorded %2</source>
        <translation>Status %1, aufgezeichnet %2</translation>
    </message>
    <message>
        <source>no connection could be set up: %1</source>
        <translation>keine Verbindung kam zustande: %1</translation>
    </message>
    <message>
        <source>the key was refused on the first step (%1): %2</source>
        <translation>der Schlüssel wurde beim ersten Schritt abgelehnt (%1): %2</translation>
    </message>
</context>
<context>
    <name>SchedulePlanner</name>
    <message>
        <source>Pick a date and time.</source>
        <translation>Bitte Datum und Uhrzeit wählen.</translation>
    </message>
    <message>
        <source>That time has passed. Pick a time in the future, or send now.</source>
        <translation>Dieser Zeitpunkt ist vorbei. Wählen Sie einen in der Zukunft, oder senden Sie jetzt.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 your time)</source>
        <translation>%1 %2 (%3 bei Ihnen)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Send “%1”</source>
        <translation>„%1“ senden</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>&quot;Your Name&quot; &lt;you@example.com&gt;</source>
        <translation>&quot;Ihr Name&quot; &lt;sie@example.com&gt;</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Undo possible for:</source>
        <translation>&amp;Rückgängig möglich für:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Senden um</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow 8:00</source>
        <translation>Morgen 8:00</translation>
    </message>
    <message>
        <source>Next Monday 8:00</source>
        <translation>Nächsten Montag 8:00</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Senden &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Recipient&apos;s zone:</source>
        <translation>Zeitzone des &amp;Empfängers:</translation>
    </message>
    <message>
        <source>Goes out as:</source>
        <translation>Geht hinaus als:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>P&amp;lanen</translation>
    </message>
    <message>
        <source>A sender is required to send: pick one of yours or type an address. (%1)</source>
        <translation>Zum Senden ist ein Absender nötig: Wählen Sie eine Ihrer Adressen oder tippen Sie eine ein. (%1)</translation>
    </message>
    <message>
        <source>The email needs a sender.</source>
        <translation>Die E-Mail braucht einen Absender.</translation>
    </message>
    <message>
        <source>%1 UTC — %2</source>
        <translation>%1 UTC – %2</translation>
    </message>
    <message>
        <source>%1 there (%2)</source>
        <translation>%1 dort (%2)</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
    <message>
        <source>The request will carry: %1</source>
        <translation>Die Anfrage enthält: %1</translation>
    </message>
    <message>
        <source>%1 Close still has it as a draft: nothing was sent. You can try again.</source>
        <translation>%1 Close führt sie noch als Entwurf: Nichts wurde gesendet. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 Close has it as %2 now: it went out. It was not sent a second time.</source>
        <translation>%1 Close führt sie jetzt als „%2“: Sie ist hinausgegangen. Sie wurde kein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>QA mode: sent anyway.</source>
        <translation>QA-Modus: trotzdem gesendet.</translation>
    </message>
    <message>
        <source>Confirm Send</source>
        <translation>Senden bestätigen</translation>
    </message>
    <message>
        <source>This is the &quot;%1&quot; connection. Really send this email?</source>
        <translation>Dies ist die Verbindung „%1“. Diese E-Mail wirklich senden?</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Compare your copy with Close&apos;s, then send again.</source>
        <translation>%1 Nichts wurde gesendet. Vergleichen Sie Ihre Fassung mit der von Close und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Fo&amp;llow up if nobody replies by</source>
        <translation>&amp;Nachfassen, wenn niemand antwortet bis</translation>
    </message>
    <message>
        <source>%1 Sending needs Close, and it cannot be reached now. The draft is kept as it is; nothing is sent or sent again on its own. When Close is back, the list shows whether it went out.</source>
        <translation>%1 Zum Senden wird Close gebraucht, und es ist gerade nicht erreichbar. Der Entwurf bleibt, wie er ist; nichts wird von selbst gesendet oder erneut gesendet. Sobald Close wieder da ist, zeigt die Liste, ob sie hinausging.</translation>
    </message>
</context>
<context>
    <name>SendPlan</name>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Bitte mindestens einen Empfänger angeben.</translation>
    </message>
</context>
<context>
    <name>SendStatePart</name>
    <message>
        <source>Back to draft: nothing was sent.</source>
        <translation>Zurück zum Entwurf: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Too late: Close had already sent it (%1).</source>
        <translation>Zu spät: Close hatte sie schon gesendet (%1).</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>Planung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Wird in %n Sekunde gesendet …</numerusform>
            <numerusform>Wird in %n Sekunden gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>In the outbox: Close sends it now. Undo may be too late.</source>
        <translation>Im Postausgang: Close sendet sie jetzt. Rückgängig kommt womöglich zu spät.</translation>
    </message>
</context>
<context>
    <name>ServerChanges</name>
    <message>
        <source>kept</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>normalisiert</translation>
    </message>
    <message>
        <source>changed by the server</source>
        <translation>vom Server geändert</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>set by the server</source>
        <translation>vom Server gesetzt</translation>
    </message>
    <message>
        <source>%1: kept as sent</source>
        <translation>%1: wie gesendet übernommen</translation>
    </message>
    <message>
        <source>%1: %2 (%3 → %4)</source>
        <translation>%1: %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>%1: ignored (not in the answer)</source>
        <translation>%1: ignoriert (nicht in der Antwort)</translation>
    </message>
    <message>
        <source>%1: ignored (still %2)</source>
        <translation>%1: ignoriert (weiterhin %2)</translation>
    </message>
    <message>
        <source>%1: set by the server (%2)</source>
        <translation>%1: vom Server gesetzt (%2)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept in memory until you quit, and nowhere else.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel bleibt bis zum Beenden im Speicher und nirgends sonst.</translation>
    </message>
    <message>
        <source>The keychain refused the key (%1); it is kept in memory until you quit.</source>
        <translation>Der Schlüsselbund hat den Schlüssel abgelehnt (%1); er bleibt bis zum Beenden im Speicher.</translation>
    </message>
    <message>
        <source>Not connected: the key was not sent to %1, which asks for it over http://. Use https://, or connect again and agree to send it.</source>
        <translation>Nicht verbunden: Der Schlüssel wurde nicht an %1 gesendet, das ihn über http:// verlangt. Verwenden Sie https://, oder verbinden Sie sich erneut und stimmen Sie dem Senden zu.</translation>
    </message>
    <message>
        <source>%1, and the last look was on %2: the list is loaded again.</source>
        <translation>%1, und zuletzt wurde am %2 nachgesehen: Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>%1: the list is loaded again.</source>
        <translation>%1: Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>This draft was written while Close could not be reached and is no longer kept on this computer.</source>
        <translation>Dieser Entwurf wurde geschrieben, während Close nicht erreichbar war, und ist nicht mehr auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Not connected to Close yet, and this email was never opened on this computer: it can be read once Draftdesk is connected.</source>
        <translation>Noch nicht mit Close verbunden, und diese E-Mail wurde auf diesem Computer nie geöffnet: Sie kann gelesen werden, sobald Draftdesk verbunden ist.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>Paste your key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file. Create a key in Close under Settings → Developer → API Keys.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Datei. Einen Schlüssel erstellen Sie in Close unter Settings → Developer → API Keys.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation>&amp;Schlüssel oder Token:</translation>
    </message>
    <message>
        <source>Save and &amp;Connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
    <message>
        <source>Paste your token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <source>e.g. Production, Staging org, Sandbox</source>
        <translation>z. B. Produktion, Staging-Organisation, Sandbox</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ask before &amp;every send with this profile</source>
        <translation>Vor &amp;jedem Senden mit diesem Profil fragen</translation>
    </message>
    <message>
        <source>Keep the request &amp;log across restarts (without the key)</source>
        <translation>Anfrage-Protokoll über Neustarts be&amp;halten (ohne Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Emails</source>
        <translation>Gespeicherte E-Mails verg&amp;essen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Profile</source>
        <translation>Profil entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Stored emails:</source>
        <translation>Gespeicherte E-Mails:</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <source>The key for this connection is not in the keychain.</source>
        <translation>Der Schlüssel für diese Verbindung ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Enter the key in Settings to connect; until then the list shows the emails stored on this computer.</source>
        <translation>Geben Sie den Schlüssel in den Einstellungen ein, um sich zu verbinden; bis dahin zeigt die Liste die auf diesem Computer gespeicherten E-Mails.</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Goes at the end of new drafts from this sender, after a “-- ” line. When you change the sender of a draft, its signature changes too, unless you have edited it.</source>
        <translation>Steht am Ende neuer Entwürfe dieses Absenders, nach einer Zeile „-- “. Wechselt der Absender eines Entwurfs, wechselt auch die Signatur, außer Sie haben sie bearbeitet.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
</context>
<context>
    <name>SourceTabs</name>
    <message>
        <source>Schema notes: Close&apos;s copy matches the schema Draftdesk knows.</source>
        <translation>Schema-Hinweise: Die Kopie von Close entspricht dem Schema, das Draftdesk kennt.</translation>
    </message>
    <message>
        <source>Schema notes (how Close&apos;s copy differs from the schema Draftdesk knows):</source>
        <translation>Schema-Hinweise (worin die Kopie von Close vom Schema abweicht, das Draftdesk kennt):</translation>
    </message>
    <message>
        <source>Next save sends:</source>
        <translation>Das nächste Speichern sendet:</translation>
    </message>
    <message>
        <source>Close&apos;s copy, as it answered:</source>
        <translation>Die Fassung von Close, wie sie geantwortet hat:</translation>
    </message>
</context>
<context>
    <name>SpellingPart</name>
    <message>
        <source>Spelling language of this draft</source>
        <translation>Sprache der Rechtschreibprüfung für diesen Entwurf</translation>
    </message>
    <message>
        <source>No spell check</source>
        <translation>Keine Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>„%1“ &amp;ignorieren</translation>
    </message>
    <message>
        <source>Spelling &amp;language:</source>
        <translation>&amp;Korrektursprache:</translation>
    </message>
</context>
<context>
    <name>StoredEmailsActions</name>
    <message>
        <source>Forget Stored Emails</source>
        <translation>Gespeicherte E-Mails vergessen</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n email(s) stored for this connection? The list is loaded again from Close; unsaved edits are kept.</source>
        <translation>
            <numerusform>Die für diese Verbindung gespeicherte E-Mail vergessen? Die Liste wird neu aus Close geladen; ungespeicherte Änderungen bleiben erhalten.</numerusform>
            <numerusform>Die %n für diese Verbindung gespeicherten E-Mails vergessen? Die Liste wird neu aus Close geladen; ungespeicherte Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored email(s) forgotten.</source>
        <translation>
            <numerusform>%n gespeicherte E-Mail vergessen.</numerusform>
            <numerusform>%n gespeicherte E-Mails vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its key leaves the keychain, and its stored emails and kept request log are deleted.</source>
        <translation>Das Profil „%1“ entfernen? Sein Schlüssel wird aus dem Schlüsselbund entfernt, seine gespeicherten E-Mails und das aufbewahrte Anfrage-Protokoll werden gelöscht.</translation>
    </message>
    <message>
        <source>Profile “%1” removed, with its stored emails.</source>
        <translation>Profil „%1“ mit seinen gespeicherten E-Mails entfernt.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) of the connection in use (%1) are kept in memory for this session only.</source>
        <translation>
            <numerusform>%n E-Mail der verwendeten Verbindung (%1) wird nur für diese Sitzung im Arbeitsspeicher gehalten.</numerusform>
            <numerusform>%n E-Mails der verwendeten Verbindung (%1) werden nur für diese Sitzung im Arbeitsspeicher gehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) of the connection in use (%2) are stored in %1. Deleting it loses nothing: the list is loaded again from Close.</source>
        <translation>
            <numerusform>%n E-Mail der verwendeten Verbindung (%2) ist in %1 gespeichert. Beim Löschen geht nichts verloren: Die Liste wird neu aus Close geladen.</numerusform>
            <numerusform>%n E-Mails der verwendeten Verbindung (%2) sind in %1 gespeichert. Beim Löschen geht nichts verloren: Die Liste wird neu aus Close geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Apply Template</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Part of the template&apos;s name</source>
        <translation>Teil des Vorlagennamens</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <source>Loading the templates…</source>
        <translation>Vorlagen werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Die Vorlagen ließen sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Your organisation has no email templates yet.</source>
        <translation>Ihre Organisation hat noch keine E-Mail-Vorlagen.</translation>
    </message>
    <message>
        <source>No template&apos;s name contains this.</source>
        <translation>Kein Vorlagenname enthält das.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPart</name>
    <message>
        <source>Apply &amp;Template…</source>
        <translation>&amp;Vorlage anwenden …</translation>
    </message>
    <message>
        <source>The template could not be applied: %1</source>
        <translation>Die Vorlage ließ sich nicht anwenden: %1</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Replace the subject and the text of this draft with the template “%1”? Ctrl+Z in the text and in the subject brings yours back.</source>
        <translation>Betreff und Text dieses Entwurfs durch die Vorlage „%1“ ersetzen? Strg+Z im Text und im Betreff holt Ihre zurück.</translation>
    </message>
</context>
<context>
    <name>WaitBanner</name>
    <message>
        <source>&amp;Cancel Waiting</source>
        <translation>Warten &amp;abbrechen</translation>
    </message>
    <message>
        <source>Give up the requests that wait; Close has done nothing with them.</source>
        <translation>Die wartenden Anfragen aufgeben; Close hat mit ihnen nichts getan.</translation>
    </message>
    <message>
        <source>Draftdesk tries again in %1.</source>
        <translation>Draftdesk versucht es in %1 erneut.</translation>
    </message>
    <message>
        <source>Close&apos;s rate limit for these requests is nearly used up, so Draftdesk spaces them: the next goes in %1.</source>
        <translation>Das Anfragelimit von Close für diese Anfragen ist fast ausgeschöpft, deshalb verteilt Draftdesk sie: Die nächste geht in %1 hinaus.</translation>
    </message>
</context>
<context>
    <name>WaitingChangesDialog</name>
    <message>
        <source>Waiting Changes</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>Waiting changes</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Nothing waits: every change reached Close.</source>
        <translation>Nichts wartet: Jede Änderung hat Close erreicht.</translation>
    </message>
    <message>
        <source>&amp;Waiting Changes…</source>
        <translation>&amp;Wartende Änderungen …</translation>
    </message>
    <message>
        <source>New draft: %1</source>
        <translation>Neuer Entwurf: %1</translation>
    </message>
    <message>
        <source>These saves and new drafts were made while Close could not be reached, or before Draftdesk was connected. They go out in this order when it can be reached, each save checked against Close&apos;s copy first, each new draft made once. Sends never wait here: sending needs Close.</source>
        <translation>Diese Speicherungen und neuen Entwürfe entstanden, während Close nicht erreichbar war oder bevor Draftdesk verbunden war. Sie gehen in dieser Reihenfolge hinaus, sobald Close erreichbar ist: jede Speicherung erst mit der Fassung von Close abgeglichen, jeder neue Entwurf genau einmal angelegt. Sendungen warten hier nie: Senden braucht Close.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Connect to Close…</source>
        <translation>Mit Close &amp;verbinden …</translation>
    </message>
    <message>
        <source>Welcome to Draftdesk</source>
        <translation>Willkommen bei Draftdesk</translation>
    </message>
    <message>
        <source>Write, check and send the email drafts of your Close organisation.
Try everything first on a built-in sandbox with demo data, or connect with your Close API key.</source>
        <translation>Schreiben, prüfen und senden Sie die E-Mail-Entwürfe Ihrer Close-Organisation.
Probieren Sie zuerst alles in der eingebauten Sandbox mit Demodaten aus, oder verbinden Sie sich mit Ihrem Close-API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>the file could not be written whole</source>
        <translation>die Datei konnte nicht vollständig geschrieben werden</translation>
    </message>
    <message>
        <source>the file on disk differs from what was written</source>
        <translation>die Datei auf der Festplatte weicht vom Geschriebenen ab</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Draftdesk needs a graphical display; set DISPLAY or run it under xvfb-run.</source>
        <translation>Draftdesk braucht eine grafische Anzeige; setzen Sie DISPLAY oder starten Sie es mit xvfb-run.</translation>
    </message>
    <message>
        <source>Draftdesk is already open with this profile; its window was brought forward.</source>
        <translation>Draftdesk ist mit diesem Profil bereits geöffnet; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Draftdesk is already open with this profile (process %1), but it does not answer. Close it or end that process, then start Draftdesk again.</source>
        <translation>Draftdesk ist mit diesem Profil bereits geöffnet (Prozess %1), antwortet aber nicht. Schließen Sie es oder beenden Sie diesen Prozess, und starten Sie Draftdesk dann erneut.</translation>
    </message>
    <message>
        <source>Draftdesk</source>
        <translation>Draftdesk</translation>
    </message>
</context>
</TS>
