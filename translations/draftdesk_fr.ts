<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>More Tools</source>
        <translation>Plus d’outils</translation>
    </message>
</context>
<context>
    <name>AddressLooks</name>
    <message>
        <source>%1 holds invisible characters (%2)</source>
        <translation>%1 contient des caractères invisibles (%2)</translation>
    </message>
    <message>
        <source>%1 mixes letters of different alphabets in “%2” (%3), as look-alike addresses do</source>
        <translation>%1 mélange des lettres d’alphabets différents dans « %2 » (%3), comme le font les adresses sosies</translation>
    </message>
</context>
<context>
    <name>ApiBaseUrl</name>
    <message>
        <source>An http or https URL is needed, such as %1.</source>
        <translation>Il faut une URL http ou https, par exemple %1.</translation>
    </message>
    <message>
        <source>http:// sends your API key unencrypted to %1: anyone on the network between you can read it. Use https:// unless %1 is a test server you trust.</source>
        <translation>http:// envoie votre clé d’API en clair à %1 : n’importe qui sur le réseau entre vous peut la lire. Utilisez https://, sauf si %1 est un serveur de test de confiance.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MB and was dropped.</source>
        <translation>La réponse dépassait %1 Mo et a été écartée.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which Draftdesk does not follow: it goes only to the same server and never for a change, so your key stays with %1.</source>
        <translation>%1 a répondu par une redirection vers %2, que Draftdesk ne suit pas&#xa0;: il ne la suit que vers le même serveur et jamais pour une modification, afin que votre clé reste chez %1.</translation>
    </message>
    <message>
        <source>%1 answered with broken JSON (%2 at byte %3).</source>
        <translation>%1 a répondu avec du JSON invalide (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1).</source>
        <translation>Réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>Draftdesk does not hold a request that long, so nothing was done: try again later.</source>
        <translation>Draftdesk ne retient pas une requête aussi longtemps, donc rien n’a été fait : réessayez plus tard.</translation>
    </message>
    <message>
        <source>Not connected to Close yet: nothing was sent.</source>
        <translation>Pas encore connecté à Close : rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Pas de réponse de %1 en %n seconde.</numerusform>
            <numerusform>Pas de réponse de %1 en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so nothing was sent. Check the address and the system&apos;s certificates.</source>
        <translation>La connexion sécurisée à %1 n’est pas digne de confiance, rien n’a donc été envoyé. Vérifiez l’adresse et les certificats du système.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the answer came.</source>
        <translation>La connexion à %1 a été coupée avant l’arrivée de la réponse.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the address right?</source>
        <translation>%1 a refusé la connexion. L’adresse est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <source>%1 could not be found. Check the address and your internet connection.</source>
        <translation>%1 est introuvable. Vérifiez l’adresse et votre connexion à Internet.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not HTTP.</source>
        <translation>%1 a répondu par autre chose que du HTTP.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>The API key or token was not accepted. Check it in Settings.</source>
        <translation>La clé d’API ou le jeton n’a pas été accepté. Vérifiez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>Your Close plan does not allow this.</source>
        <translation>Votre abonnement Close ne permet pas cela.</translation>
    </message>
    <message>
        <source>You are not allowed to do this in Close.</source>
        <translation>Vous n’avez pas le droit de faire cela dans Close.</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted.</source>
        <translation>Introuvable&#xa0;: il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Close had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Close a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The request was not accepted (HTTP %1).</source>
        <translation>La requête n’a pas été acceptée (HTTP %1).</translation>
    </message>
    <message>
        <source>Close asks us to slow down (rate limit).</source>
        <translation>Close demande de ralentir (limite de débit).</translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n second(s).</source>
        <translation>
            <numerusform>Close demande d’attendre %n seconde.</numerusform>
            <numerusform>Close demande d’attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n minute(s).</source>
        <translation>
            <numerusform>Close demande d’attendre %n minute.</numerusform>
            <numerusform>Close demande d’attendre %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close asks to wait %n hour(s).</source>
        <translation>
            <numerusform>Close demande d’attendre %n heure.</numerusform>
            <numerusform>Close demande d’attendre %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent to %1: %2</source>
        <translation>Rien n’a été envoyé à %1 : %2</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected attachment (Del)</source>
        <translation>Retirer la pièce jointe sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(fichier sans nom)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — not attached</source>
        <translation>%1 — non jointe</translation>
    </message>
    <message>
        <source>%1 — uploading, %2%</source>
        <translation>%1 — envoi en cours, %2&#xa0;%</translation>
    </message>
    <message>
        <source>Cance&amp;l Upload</source>
        <translation>Annu&amp;ler l’envoi</translation>
    </message>
</context>
<context>
    <name>AttachmentsPart</name>
    <message>
        <source>Attach &amp;File…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file (%1)</source>
        <translation>Joindre un fichier (%1)</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Image collée %1.png</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for upload.</source>
        <translation>L’image collée n’a pas pu être conservée pour l’envoi.</translation>
    </message>
</context>
<context>
    <name>BodyPart</name>
    <message>
        <source>Preparing the body…</source>
        <translation>Préparation du corps…</translation>
    </message>
    <message>
        <source>Only the first %L1 characters are shown.</source>
        <translation>Seuls les %L1 premiers caractères sont affichés.</translation>
    </message>
    <message>
        <source>The body stays untouched when you save; the other fields can still be changed.</source>
        <translation>Le corps reste intact à l’enregistrement&#xa0;; les autres champs peuvent toujours être modifiés.</translation>
    </message>
    <message>
        <source>The editor cannot keep everything in this HTML (%1). Edit it and that is lost, or keep the HTML untouched and change the other fields.</source>
        <translation>L’éditeur ne peut pas tout conserver de ce HTML (%1). Modifiez-le et cela sera perdu, ou gardez le HTML intact et modifiez les autres champs.</translation>
    </message>
    <message>
        <source>The HTML body is kept exactly as it was; you can still change the other fields.</source>
        <translation>Le corps HTML est conservé tel quel&#xa0;; vous pouvez toujours modifier les autres champs.</translation>
    </message>
</context>
<context>
    <name>ChangedOnCloseBar</name>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>d’autres champs</translation>
    </message>
    <message>
        <source>Changed on Close at %1: %2.</source>
        <translation>Modifié dans Close à %1 : %2.</translation>
    </message>
    <message>
        <source>Changed on Close by %1 at %2: %3.</source>
        <translation>Modifié dans Close par %1 à %2 : %3.</translation>
    </message>
</context>
<context>
    <name>ClearTextConsent</name>
    <message>
        <source>Send the Key Unencrypted?</source>
        <translation>Envoyer la clé en clair ?</translation>
    </message>
    <message>
        <source>Send it to %1 over http:// now and from now on?</source>
        <translation>L’envoyer à %1 par http:// maintenant et désormais ?</translation>
    </message>
    <message>
        <source>Send Over http</source>
        <translation>Envoyer par http</translation>
    </message>
    <message>
        <source>Keep the Key Here</source>
        <translation>Garder la clé ici</translation>
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>Draftdesk: write, check and send Close CRM email drafts.</source>
        <translation>Draftdesk&#xa0;: rédiger, vérifier et envoyer des brouillons d’e-mails Close CRM.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox with demo data (no account needed).</source>
        <translation>Démarrer sur le bac à sable intégré avec des données de démonstration (aucun compte nécessaire).</translation>
    </message>
    <message>
        <source>Talk to the Close API at URL (default %1).</source>
        <translation>Utiliser l’API Close à l’adresse URL (par défaut %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the email activity ID at start.</source>
        <translation>Ouvrir au démarrage l’activité e-mail ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--open needs an email activity id such as acti_…</source>
        <translation>--open attend un identifiant d’activité e-mail, par exemple acti_…</translation>
    </message>
    <message>
        <source>--api-base needs an http or https URL such as %1, not &quot;%2&quot;.</source>
        <translation>--api-base attend une URL http ou https, par exemple %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --api-base.</source>
        <translation>--demo lance son propre bac à sable&#xa0;; omettez --api-base.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>With --scenario: use the base URL of this connection profile.</source>
        <translation>Avec --scenario&#xa0;: utiliser l’URL de base de ce profil de connexion.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>With --scenario: run steps that could send an email against a server that is not on this machine (on 127.0.0.1 they always run).</source>
        <translation>Avec --scenario&#xa0;: exécuter les étapes qui pourraient envoyer un e-mail contre un serveur qui n’est pas sur cette machine (sur 127.0.0.1, elles s’exécutent toujours).</translation>
    </message>
    <message>
        <source>Give one of --profile, --api-base and --demo.</source>
        <translation>Indiquez un seul de --profile, --api-base et --demo.</translation>
    </message>
    <message>
        <source>Replay the scenario in FILE without a window and print a pass/fail table. Exit status: 0 when every step passed; 1 when a step&apos;s answer differs from the recording (status, shape, the words of a refusal, the values the request set); 2 when the scenario could not be run: the file cannot be read, no connection could be set up (refused, DNS, TLS), or the key is refused on the first step (it stops there and says why). The key comes from CLOSE_API_KEY (or the built-in sandbox with --demo).</source>
        <translation>Rejouer le scénario de FICHIER sans fenêtre et afficher un tableau réussi/échoué. Code de sortie&#xa0;: 0 quand chaque étape a réussi&#xa0;; 1 quand la réponse d’une étape diffère de l’enregistrement (statut, forme, les termes d’un refus, les valeurs que la requête a fixées)&#xa0;; 2 quand le scénario n’a pas pu être rejoué&#xa0;: le fichier est illisible, aucune connexion n’a pu être établie (refusée, DNS, TLS) ou la clé est refusée dès la première étape (il s’arrête là et dit pourquoi). La clé vient de CLOSE_API_KEY (ou du bac à sable intégré avec --demo).</translation>
    </message>
    <message>
        <source>With --scenario: also write a JUnit XML report to FILE (one test case per step), for CI systems.</source>
        <translation>Avec --scenario&#xa0;: écrire aussi un rapport JUnit XML dans FICHIER (un cas de test par étape), pour les systèmes d’intégration continue.</translation>
    </message>
    <message>
        <source>--profile, --allow-send and --report go with --scenario.</source>
        <translation>--profile, --allow-send et --report vont avec --scenario.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options work too, for example -display :1, -style Fusion, -reverse and -qwindowgeometry 900x600.</source>
        <translation>Les options propres à Qt fonctionnent aussi, par exemple -display :1, -style Fusion, -reverse et -qwindowgeometry 900x600.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The Draft Changed in Close</source>
        <translation>Le brouillon a changé dans Close</translation>
    </message>
    <message>
        <source>Compare and choose:</source>
        <translation>Comparez et choisissez&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Theirs (in Close)</source>
        <translation>Le leur (dans Close)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder le mien</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre le leur</translation>
    </message>
    <message>
        <source>&amp;Copy Mine</source>
        <translation>&amp;Copier le mien</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this system, so Draftdesk cannot remember your key. It will keep it in memory until you quit. The README&apos;s “Keeping your key” section says how to get a keychain.</source>
        <translation>Aucun trousseau n’est disponible sur ce système&#xa0;: Draftdesk ne peut donc pas retenir votre clé. Il la garde en mémoire jusqu’à ce que vous quittiez. La section «&#xa0;Keeping your key&#xa0;» du README explique comment obtenir un trousseau.</translation>
    </message>
    <message>
        <source>The keychain did not answer, so Draftdesk cannot use a key saved there. Enter your key: it is kept in memory until you quit. The README&apos;s “Keeping your key” section says how to get a working keychain.</source>
        <translation>Le trousseau n’a pas répondu&#xa0;: Draftdesk ne peut donc pas utiliser une clé qui y serait enregistrée. Saisissez votre clé&#xa0;: elle est gardée en mémoire jusqu’à ce que vous quittiez. La section «&#xa0;Keeping your key&#xa0;» du README explique comment obtenir un trousseau qui fonctionne.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Le trousseau a répondu&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The demo needs draftdesk-sandbox, which is not installed beside Draftdesk (%1).</source>
        <translation>La démo a besoin de draftdesk-sandbox, qui n’est pas installé à côté de Draftdesk (%1).</translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox (%1) did not start: %2</source>
        <translation>Le bac à sable de la démo (%1) n’a pas démarré : %2</translation>
    </message>
    <message numerus="yes">
        <source>The demo&apos;s sandbox (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le bac à sable de la démo (%1) n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le bac à sable de la démo (%1) n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox (%1) stopped before it was ready (exit status %2); what it said is on Draftdesk&apos;s standard error.</source>
        <translation>Le bac à sable de la démo (%1) s’est arrêté avant d’être prêt (code de sortie %2) ; ce qu’il a dit se trouve sur la sortie d’erreur standard de Draftdesk.</translation>
    </message>
</context>
<context>
    <name>DraftCreation</name>
    <message>
        <source>Close&apos;s answer to the new draft could not be read.</source>
        <translation>La réponse de Close au nouveau brouillon n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>DraftDeletion</name>
    <message>
        <source>Delete Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Only drafts can be deleted here.</source>
        <translation>Seuls les brouillons peuvent être supprimés ici.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>Delete the draft “%1” to %2? Close has no undo: a deleted draft cannot be brought back.</source>
        <translation>Supprimer le brouillon « %1 » pour %2&#xa0;? Close ne permet pas d’annuler&#xa0;: un brouillon supprimé ne peut pas être récupéré.</translation>
    </message>
    <message>
        <source>The draft cannot be deleted while a save or send of it is under way.</source>
        <translation>Le brouillon ne peut pas être supprimé pendant qu’il est enregistré ou envoyé.</translation>
    </message>
    <message>
        <source>The draft was not deleted: %1</source>
        <translation>Le brouillon n’a pas été supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Nothing you typed is lost: it is kept here and on disk.</source>
        <translation>Rien de ce que vous avez tapé n’est perdu&#xa0;: c’est conservé ici et sur le disque.</translation>
    </message>
    <message>
        <source>What you typed is kept in this window only: the copy on disk failed. Export it to a file before you close the window.</source>
        <translation>Ce que vous avez tapé n’est conservé que dans cette fenêtre&#xa0;: la copie sur le disque a échoué. Exportez-le dans un fichier avant de fermer la fenêtre.</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>E&amp;nvoyer…</translation>
    </message>
    <message>
        <source>This email is %1 and cannot be edited.</source>
        <translation>Cet e-mail est %1 et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Close already has these changes: the save went through, though its answer never came. Nothing is left to save.</source>
        <translation>Close a déjà ces modifications&#xa0;: l’enregistrement a abouti, même si sa réponse n’est jamais arrivée. Il n’y a plus rien à enregistrer.</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored, but Close has a newer copy than the one you were editing. Check the fields before you save.</source>
        <translation>Vos modifications non enregistrées ont été restaurées, mais Close a une copie plus récente que celle que vous modifiiez. Vérifiez les champs avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored. Save them when you are ready.</source>
        <translation>Vos modifications non enregistrées ont été restaurées. Enregistrez-les quand vous serez prêt.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>Enregistrer les modifications de « %1 » avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation>Brouill&amp;on</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Someone changed this draft in Close since you opened it.</source>
        <translation>Quelqu’un a modifié ce brouillon dans Close depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Deleted in Close at %1: it can no longer be saved or sent. What you typed stays in this window; copy it into a new draft to keep it.</source>
        <translation>Supprimé dans Close à %1 : il ne peut plus être enregistré ni envoyé. Ce que vous avez saisi reste dans cette fenêtre ; copiez-le dans un nouveau brouillon pour le garder.</translation>
    </message>
    <message>
        <source>Close cannot be reached: this save waits and goes out when Close is back. Nothing you typed is lost.</source>
        <translation>Close est injoignable : cet enregistrement attend et partira quand Close sera de retour. Rien de ce que vous avez saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Written while Close could not be reached: it is kept on this computer and made in Close when it is back. Sending needs Close.</source>
        <translation>Écrit pendant que Close était injoignable : il est gardé sur cet ordinateur et créé dans Close à son retour. L’envoi a besoin de Close.</translation>
    </message>
    <message>
        <source>It is in Close now.</source>
        <translation>Il est maintenant dans Close.</translation>
    </message>
    <message>
        <source>Not connected to Close yet: this save waits and goes out once Draftdesk is connected. Nothing you typed is lost.</source>
        <translation>Pas encore connecté à Close : cet enregistrement attend et partira dès que Draftdesk sera connecté. Rien de ce que vous avez saisi n’est perdu.</translation>
    </message>
</context>
<context>
    <name>DraftExport</name>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Keep the HTML Untouched</source>
        <translation>&amp;Garder le HTML intact</translation>
    </message>
    <message>
        <source>E&amp;xport Draft…</source>
        <translation>E&amp;xporter le brouillon…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Plain Text</source>
        <translation>Te&amp;xte brut</translation>
    </message>
    <message>
        <source>Write the plain text m&amp;yself (it stops following the message)</source>
        <translation>&amp;Écrire moi-même le texte brut (il ne suit plus le message)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>Source HTML</translation>
    </message>
    <message>
        <source>&amp;HTML Source</source>
        <translation>Source &amp;HTML</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>JSON br&amp;ut</translation>
    </message>
    <message>
        <source>Schema notes</source>
        <translation>Notes de schéma</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>PUT body to send</source>
        <translation>Corps du PUT à envoyer</translation>
    </message>
    <message>
        <source>Send This &amp;PUT</source>
        <translation>Envoyer ce &amp;PUT</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Send now or schedule (Ctrl+Return)</source>
        <translation>Envoyer maintenant ou planifier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>E&amp;nvoyer…</translation>
    </message>
</context>
<context>
    <name>DraftJournal</name>
    <message>
        <source>Draftdesk cannot create %1, so unsaved drafts cannot be kept on disk. Make the folder writable, or save often.</source>
        <translation>Draftdesk ne peut pas créer %1&#xa0;: les brouillons non enregistrés ne peuvent donc pas être conservés sur le disque. Rendez le dossier accessible en écriture, ou enregistrez souvent.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for unsaved drafts.</source>
        <translation>Impossible de créer le dossier %1 pour les brouillons non enregistrés.</translation>
    </message>
    <message>
        <source>Could not write the unsaved draft to %1: %2</source>
        <translation>Impossible d’écrire le brouillon non enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Draftdesk cannot write in %1 (%2), so unsaved drafts cannot be kept on disk. Make room or the folder writable, or save often.</source>
        <translation>Draftdesk ne peut pas écrire dans %1 (%2) : les brouillons non enregistrés ne peuvent donc pas être gardés sur le disque. Libérez de la place ou rendez le dossier accessible en écriture, ou enregistrez souvent.</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Corrigez les champs signalés avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Someone changed this draft in Close since you opened it.</source>
        <translation>Quelqu’un a modifié ce brouillon dans Close depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>This email is no longer a draft in Close (it is %1 now).</source>
        <translation>Cet e-mail n’est plus un brouillon dans Close (il est maintenant %1).</translation>
    </message>
    <message>
        <source>Close&apos;s answer to the save could not be read.</source>
        <translation>La réponse de Close à l’enregistrement est illisible.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The body of a PUT is a JSON object: { … }.</source>
        <translation>Le corps d’un PUT est un objet JSON&#xa0;: { … }.</translation>
    </message>
    <message>
        <source>A request for this email is under way; wait for its answer.</source>
        <translation>Une requête est en cours pour cet e-mail&#xa0;; attendez sa réponse.</translation>
    </message>
    <message>
        <source>(nothing to save: no field differs from the server&apos;s copy)</source>
        <translation>(rien à enregistrer&#xa0;: aucun champ ne diffère de la copie du serveur)</translation>
    </message>
    <message>
        <source>The email cannot go out yet.</source>
        <translation>L’e-mail ne peut pas encore partir.</translation>
    </message>
    <message>
        <source>Close&apos;s answer to the send could not be read.</source>
        <translation>La réponse de Close à l’envoi est illisible.</translation>
    </message>
    <message>
        <source>It is no longer a draft, so it cannot be changed. Copy your text into a new draft instead.</source>
        <translation>Ce n’est plus un brouillon, il ne peut donc pas être modifié. Copiez plutôt votre texte dans un nouveau brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) still uploading: wait until they are attached.</source>
        <translation>
            <numerusform>%n pièce jointe encore en cours d’envoi&#xa0;: attendez qu’elle soit jointe.</numerusform>
            <numerusform>%n pièces jointes encore en cours d’envoi&#xa0;: attendez qu’elles soient jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was deleted in Close, so it cannot be saved. Copy your text into a new draft instead.</source>
        <translation>Il a été supprimé dans Close et ne peut donc pas être enregistré. Copiez plutôt votre texte dans un nouveau brouillon.</translation>
    </message>
    <message>
        <source>It is not in Close yet: it is made there when Close can be reached.</source>
        <translation>Il n’est pas encore dans Close : il y sera créé dès que Close sera joignable.</translation>
    </message>
    <message>
        <source>It is not in Close yet, and sending needs Close. It is made there when Close can be reached; send it then.</source>
        <translation>Il n’est pas encore dans Close, et l’envoi a besoin de Close. Il y sera créé dès que Close sera joignable ; envoyez-le alors.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>« %1 » n’a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2.</source>
        <translation>« %1 » est planifié pour le %2.</translation>
    </message>
    <message>
        <source>“%1” is in the outbox.</source>
        <translation>« %1 » est dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>“%1”: the answer was lost, but Close has it as %2.</source>
        <translation>« %1 »&#xa0;: la réponse s’est perdue, mais Close l’a comme %2.</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>« %1 » n’a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is back to draft: nothing was sent.</source>
        <translation>« %1 » est redevenu un brouillon&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Too late: Close had already sent “%1”.</source>
        <translation>Trop tard&#xa0;: Close avait déjà envoyé « %1 ».</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>« %1 » n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>“%1” was already gone from Close.</source>
        <translation>« %1 » n’était déjà plus dans Close.</translation>
    </message>
    <message>
        <source>The new draft was not created: %1</source>
        <translation>Le nouveau brouillon n’a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>New draft created.</source>
        <translation>Nouveau brouillon créé.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” waits to be saved: Close cannot be reached. It goes out when Close is back (%n change(s) waiting).</source>
        <translation>
            <numerusform>« %1 » attend d’être enregistré : Close est injoignable. Il partira quand Close sera de retour (%n modification en attente).</numerusform>
            <numerusform>« %1 » attend d’être enregistré : Close est injoignable. Il partira quand Close sera de retour (%n modifications en attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Whether Close made it could not be found out either: look in the list before you try again.</source>
        <translation>%1 Impossible de savoir non plus si Close l’a créé : regardez dans la liste avant de réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is kept on this computer and made in Close when it can be reached (%n change(s) waiting).</source>
        <translation>
            <numerusform>« %1 » est gardé sur cet ordinateur et créé dans Close dès qu’il sera joignable (%n modification en attente).</numerusform>
            <numerusform>« %1 » est gardé sur cet ordinateur et créé dans Close dès qu’il sera joignable (%n modifications en attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close cannot be reached: the new draft is kept on this computer and made in Close when it is back.</source>
        <translation>Close est injoignable : le nouveau brouillon est gardé sur cet ordinateur et créé dans Close à son retour.</translation>
    </message>
    <message>
        <source>“%1”, written while Close could not be reached, is in Close now.</source>
        <translation>« %1 », écrit pendant que Close était injoignable, est maintenant dans Close.</translation>
    </message>
    <message>
        <source>“%1” is kept on this computer and made in Close when it can be reached.</source>
        <translation>« %1 » est gardé sur cet ordinateur et créé dans Close dès qu’il sera joignable.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” waits to be saved until Draftdesk is connected to Close (%n change(s) waiting).</source>
        <translation>
            <numerusform>« %1 » attend d’être enregistré jusqu’à ce que Draftdesk soit connecté à Close (%n modification en attente).</numerusform>
            <numerusform>« %1 » attend d’être enregistré jusqu’à ce que Draftdesk soit connecté à Close (%n modifications en attente).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailActivity</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The field must not be null.</source>
        <translation>Le champ ne doit pas être null.</translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation>%1 attendu, %2 reçu.</translation>
    </message>
    <message>
        <source>%1: unexpected type. %2</source>
        <translation>%1&#xa0;: type inattendu. %2</translation>
    </message>
    <message>
        <source>%1: missing (the documentation lists it as always present).</source>
        <translation>%1&#xa0;: absent (la documentation l’indique comme toujours présent).</translation>
    </message>
    <message>
        <source>%1: a field Draftdesk does not know (%2).</source>
        <translation>%1&#xa0;: un champ que Draftdesk ne connaît pas (%2).</translation>
    </message>
    <message>
        <source>The field is missing.</source>
        <translation>Le champ est absent.</translation>
    </message>
    <message>
        <source>Malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>Un objet JSON était attendu.</translation>
    </message>
</context>
<context>
    <name>EmailField</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>an ISO 8601 date</source>
        <translation>une date ISO 8601</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>une liste d’objets</translation>
    </message>
    <message>
        <source>one of inbox, draft, scheduled, outbox, sent, error</source>
        <translation>l’un de inbox, draft, scheduled, outbox, sent, error</translation>
    </message>
    <message>
        <source>incoming or outgoing</source>
        <translation>incoming ou outgoing</translation>
    </message>
    <message>
        <source>a quoted part (an object, a list of them, or text)</source>
        <translation>une partie citée (un objet, une liste d’objets ou du texte)</translation>
    </message>
</context>
<context>
    <name>EmailListModel</name>
    <message>
        <source>Close sent a status Draftdesk does not know; open the email to see what it holds.</source>
        <translation>Close a envoyé un statut que Draftdesk ne connaît pas&#xa0;; ouvrez l’e-mail pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(sans expéditeur)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>The lead&apos;s name is on its way from Close.</source>
        <translation>Le nom du prospect arrive de Close.</translation>
    </message>
    <message>
        <source>Close sent this email in a form Draftdesk cannot read: %1. The other emails of its page are shown.</source>
        <translation>Close a envoyé cet e-mail sous une forme que Draftdesk ne sait pas lire : %1. Les autres e-mails de sa page sont affichés.</translation>
    </message>
    <message>
        <source>(cannot be shown: %1)</source>
        <translation>(affichage impossible : %1)</translation>
    </message>
    <message>
        <source>Written while Close could not be reached: it is made in Close when it is back.</source>
        <translation>Écrit pendant que Close était injoignable : il sera créé dans Close à son retour.</translation>
    </message>
    <message>
        <source>Draft (not in Close yet)</source>
        <translation>Brouillon (pas encore dans Close)</translation>
    </message>
</context>
<context>
    <name>EmailListPanel</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Search subject, recipients, sender, lead (Ctrl+F)</source>
        <translation>Rechercher dans l’objet, les destinataires, l’expéditeur, le prospect (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Les miens seulement</translation>
    </message>
    <message>
        <source>Only emails of the signed-in user (asks the server)</source>
        <translation>Seulement les e-mails de l’utilisateur connecté (demande au serveur)</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>ID de prospect</translation>
    </message>
    <message>
        <source>Created within</source>
        <translation>Créés depuis</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Les 90 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Aff&amp;icher&#xa0;:</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
</context>
<context>
    <name>EmailLoader</name>
    <message>
        <source>The email came back damaged: %1</source>
        <translation>L’e-mail est revenu endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close answered with another email (%1) than the one asked for (%2), so it is not shown. Try again.</source>
        <translation>Close a répondu avec un autre e-mail (%1) que celui demandé (%2) ; il n’est donc pas affiché. Réessayez.</translation>
    </message>
</context>
<context>
    <name>EmailStatus</name>
    <message>
        <source>Inbox</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>EmailStore</name>
    <message>
        <source>The stored emails in %1 cannot be used. This session keeps its emails in memory only; nothing is lost, and the list is loaded from Close.</source>
        <translation>Les e-mails enregistrés dans %1 ne peuvent pas être utilisés. Cette session garde ses e-mails en mémoire seulement ; rien n’est perdu, et la liste est chargée depuis Close.</translation>
    </message>
    <message>
        <source>the file is shorter than its own header says</source>
        <translation>le fichier est plus court que ne l’indique son en-tête</translation>
    </message>
    <message>
        <source>%1 was written by a newer Draftdesk (store version %2; this one reads up to %3). It was left as it is, and this session keeps its emails in memory only.</source>
        <translation>%1 a été écrit par un Draftdesk plus récent (version de stockage %2 ; celui-ci lit jusqu’à %3). Il est laissé tel quel, et cette session garde ses e-mails en mémoire seulement.</translation>
    </message>
    <message>
        <source>This session keeps its emails in memory only; nothing is lost, and the list is loaded from Close.</source>
        <translation>Cette session garde ses e-mails en mémoire seulement ; rien n’est perdu, et la liste est chargée depuis Close.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 est verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full.</source>
        <translation>Le disque qui contient %1 est plein.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>The stored emails in %1 could not be read (%2), and the file could not be replaced. This session keeps its emails in memory only; nothing is lost, and the list is loaded from Close.</source>
        <translation>Les e-mails enregistrés dans %1 n’ont pas pu être lus (%2), et le fichier n’a pas pu être remplacé. Cette session garde ses e-mails en mémoire seulement ; rien n’est perdu, et la liste est chargée depuis Close.</translation>
    </message>
    <message>
        <source>The stored emails in %1 could not be read (%2). The file was moved aside to %3, and the list is loaded again from Close.</source>
        <translation>Les e-mails enregistrés dans %1 n’ont pas pu être lus (%2). Le fichier a été mis de côté sous %3, et la liste est rechargée depuis Close.</translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <source>Close&apos;s rendering of the template could not be read.</source>
        <translation>Le modèle rempli par Close est illisible.</translation>
    </message>
</context>
<context>
    <name>EmailValidation</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n recipients are allowed.</source>
        <translation>
            <numerusform>Au plus %n destinataire est autorisé.</numerusform>
            <numerusform>Au plus %n destinataires sont autorisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each recipient may have at most %n characters.</source>
        <translation>
            <numerusform>Chaque destinataire peut avoir au plus %n caractère.</numerusform>
            <numerusform>Chaque destinataire peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n attachments are allowed.</source>
        <translation>
            <numerusform>Au plus %n pièce jointe est autorisée.</numerusform>
            <numerusform>Au plus %n pièces jointes sont autorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each attachment needs %1.</source>
        <translation>Chaque pièce jointe a besoin de %1.</translation>
    </message>
    <message>
        <source>Attachment URLs must come from the Close file upload.</source>
        <translation>Les URL des pièces jointes doivent provenir de l’envoi de fichiers de Close.</translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation>Ce champ ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This field may not be null.</source>
        <translation>Ce champ ne peut pas être null.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>%1 attendu.</translation>
    </message>
    <message numerus="yes">
        <source>Ensure this field has no more than %n characters.</source>
        <translation>
            <numerusform>Ce champ ne doit pas dépasser %n caractère.</numerusform>
            <numerusform>Ce champ ne doit pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an email address, or a name and an address as &quot;Name&quot; &lt;name@example.com&gt;.</source>
        <translation>Saisissez une adresse e-mail, ou un nom et une adresse sous la forme &quot;Nom&quot; &lt;nom@example.com&gt;.</translation>
    </message>
    <message>
        <source>Must be at least %1 seconds (one day).</source>
        <translation>Doit être d’au moins %1 secondes (un jour).</translation>
    </message>
    <message>
        <source>Must be between 0 and %1 seconds.</source>
        <translation>Doit être compris entre 0 et %1 secondes.</translation>
    </message>
    <message>
        <source>The email has no valid status.</source>
        <translation>L’e-mail n’a pas de statut valide.</translation>
    </message>
    <message>
        <source>Only drafts can be modified.</source>
        <translation>Seuls les brouillons peuvent être modifiés.</translation>
    </message>
    <message>
        <source>A draft can only become scheduled or outbox.</source>
        <translation>Un brouillon ne peut devenir que planifié (scheduled) ou en boîte d’envoi (outbox).</translation>
    </message>
    <message>
        <source>A follow-up date needs a scheduled, outbox or sent email.</source>
        <translation>Une date de relance exige un e-mail planifié, en boîte d’envoi ou envoyé.</translation>
    </message>
    <message>
        <source>Only an email going to the outbox can be delayed.</source>
        <translation>Seul un e-mail qui part en boîte d’envoi peut être différé.</translation>
    </message>
</context>
<context>
    <name>EmailViewer</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EventLogSync</name>
    <message>
        <source>Close&apos;s event log reaches back 30 days only</source>
        <translation>Le journal des événements de Close ne remonte qu’à 30 jours</translation>
    </message>
    <message>
        <source>Close&apos;s event log answered without a list of events.</source>
        <translation>Le journal des événements de Close a répondu sans liste d’événements.</translation>
    </message>
    <message>
        <source>Close&apos;s event log did not come to an end</source>
        <translation>Le journal des événements de Close ne s’est pas terminé</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n enregistrement)</numerusform>
            <numerusform>%1 (%n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema notes:</source>
        <translation>Notes de schéma&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FileUpload</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (no permission).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; attachments can be at most %3.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; une pièce jointe peut faire au plus %3.</translation>
    </message>
    <message>
        <source>it has no upload form.</source>
        <translation>elle ne contient pas de formulaire d’envoi.</translation>
    </message>
    <message>
        <source>it names an upload address that is not safe to send a file to (%1).</source>
        <translation>elle indique une adresse d’envoi à laquelle un fichier ne peut pas être envoyé en sécurité (%1).</translation>
    </message>
    <message>
        <source>its upload form has too many fields.</source>
        <translation>son formulaire d’envoi a trop de champs.</translation>
    </message>
    <message>
        <source>its upload form has a field that cannot be sent (%1).</source>
        <translation>son formulaire d’envoi a un champ qui ne peut pas être envoyé (%1).</translation>
    </message>
    <message>
        <source>the address the file would have is not a Close file address.</source>
        <translation>l’adresse qu’aurait le fichier n’est pas une adresse de fichier Close.</translation>
    </message>
    <message>
        <source>Close did not give an upload slot: %1</source>
        <translation>Close n’a pas attribué d’emplacement d’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close&apos;s answer to the upload request cannot be used: %1</source>
        <translation>La réponse de Close à la demande d’envoi est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The upload did not finish: the file store answered too much.</source>
        <translation>L’envoi n’a pas abouti&#xa0;: le stockage de fichiers a répondu trop longuement.</translation>
    </message>
    <message>
        <source>The file store answered with a redirect, which Draftdesk does not follow for uploads.</source>
        <translation>Le stockage de fichiers a répondu par une redirection, que Draftdesk ne suit pas pour les envois.</translation>
    </message>
    <message>
        <source>The upload did not finish: the file store took too long to answer.</source>
        <translation>L’envoi n’a pas abouti&#xa0;: le stockage de fichiers a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The upload did not finish: %1</source>
        <translation>L’envoi n’a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <source>The upload slot expired before the file arrived (Close allows 60 seconds). Try again.</source>
        <translation>L’emplacement d’envoi a expiré avant l’arrivée du fichier (Close accorde 60&#xa0;secondes). Réessayez.</translation>
    </message>
    <message>
        <source>The file store refused the file as too large.</source>
        <translation>Le stockage de fichiers a refusé le fichier, trop volumineux.</translation>
    </message>
    <message>
        <source>The file store refused the upload (HTTP %1).</source>
        <translation>Le stockage de fichiers a refusé l’envoi (HTTP %1).</translation>
    </message>
    <message>
        <source>The file store refused the upload (HTTP %1): %2</source>
        <translation>Le stockage de fichiers a refusé l’envoi (HTTP %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FormattingToolbar</name>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Indent More</source>
        <translation>Augmenter le retrait</translation>
    </message>
    <message>
        <source>Indent Less</source>
        <translation>Diminuer le retrait</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Clear Formatting</source>
        <translation>Effacer la mise en forme</translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation>Coller en texte brut</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>Strike Through</source>
        <translation>Barré</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>Couleur du texte</translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <source>&quot;Your Name&quot; &lt;you@example.com&gt;</source>
        <translation>&quot;Votre nom&quot; &lt;vous@example.com&gt;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Invisible text-direction characters can make text read differently from what it is:</source>
        <translation>Des caractères invisibles de sens d’écriture peuvent faire lire un texte autrement qu’il n’est&#xa0;:</translation>
    </message>
    <message>
        <source>Close sent fields Draftdesk cannot read or edit; they stay as they are and saving leaves them untouched. %1</source>
        <translation>Close a envoyé des champs que Draftdesk ne sait pas lire ni modifier ; ils restent tels quels et l’enregistrement ne les touche pas. %1</translation>
    </message>
    <message>
        <source>%L1 characters, more than this field holds (%L2); shown shortened, the Raw JSON tab has all of it</source>
        <translation>%L1 caractères, plus que ce champ n’en contient (%L2) ; affiché raccourci, l’onglet Raw JSON le contient en entier</translation>
    </message>
    <message>
        <source>too slow to edit here (a word of %L1 characters, or a letter with %L2 accent marks); shown shortened, the Raw JSON tab has all of it</source>
        <translation>trop lent à modifier ici (un mot de %L1 caractères, ou une lettre avec %L2 accents) ; affiché raccourci, l’onglet Raw JSON le contient en entier</translation>
    </message>
    <message>
        <source>An address may not be the one it looks like:</source>
        <translation>Une adresse n’est peut-être pas celle qu’elle semble être :</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>a style sheet (&lt;style&gt;)</source>
        <translation>une feuille de style (&lt;style&gt;)</translation>
    </message>
    <message>
        <source>a styled table</source>
        <translation>un tableau mis en forme</translation>
    </message>
    <message>
        <source>images</source>
        <translation>des images</translation>
    </message>
    <message>
        <source>scripts or embedded content</source>
        <translation>des scripts ou du contenu intégré</translation>
    </message>
    <message>
        <source>CSS classes</source>
        <translation>des classes CSS</translation>
    </message>
    <message>
        <source>boxes, borders or backgrounds</source>
        <translation>des cadres, bordures ou arrière-plans</translation>
    </message>
    <message>
        <source>This email&apos;s HTML is %1, more than the %2 shown formatted, so its text is shown instead.</source>
        <translation>Le HTML de cet e-mail fait %1, plus que les %2 affichés mis en forme&#xa0;: son texte est donc affiché à la place.</translation>
    </message>
    <message>
        <source>This email&apos;s HTML is %1, more than the %2 shown formatted, so its source is shown as text.</source>
        <translation>Le HTML de cet e-mail fait %1, plus que les %2 affichés mis en forme&#xa0;: sa source est donc affichée comme texte.</translation>
    </message>
    <message>
        <source>This email&apos;s HTML has about %L1 tags, more than the %L2 elements shown formatted, so it is shown as plain text.</source>
        <translation>Le HTML de cet e-mail compte environ %L1 balises, plus que les %L2 éléments affichés mis en forme&#xa0;: il est donc affiché en texte brut.</translation>
    </message>
    <message>
        <source>This email&apos;s HTML has more than %L1 elements, the most shown formatted, so it is shown as plain text.</source>
        <translation>Le HTML de cet e-mail compte plus de %L1 éléments, le maximum affiché mis en forme&#xa0;: il est donc affiché en texte brut.</translation>
    </message>
    <message>
        <source>This email has a word of %L1 characters, longer than the editor lays out quickly, so it is shown as text, broken into lines.</source>
        <translation>Cet e-mail contient un mot de %L1 caractères, plus long que ce que l’éditeur affiche rapidement ; il est donc montré en texte, coupé en lignes.</translation>
    </message>
    <message>
        <source>This email has a letter with %L1 accent marks, more than the editor lays out quickly, so it is shown as text with a few of them.</source>
        <translation>Cet e-mail contient une lettre avec %L1 accents, plus que ce que l’éditeur affiche rapidement ; il est donc montré en texte avec quelques-uns d’entre eux.</translation>
    </message>
</context>
<context>
    <name>HttpModule</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l’envoi.</translation>
    </message>
    <message>
        <source>%1 cannot be loaded (%2); reinstall Draftdesk.</source>
        <translation>Impossible de charger %1 (%2) ; réinstallez Draftdesk.</translation>
    </message>
    <message>
        <source>Draftdesk&apos;s network module is missing (looked for %1); reinstall Draftdesk.</source>
        <translation>Le module réseau de Draftdesk est introuvable (cherché : %1) ; réinstallez Draftdesk.</translation>
    </message>
</context>
<context>
    <name>InspectorServices</name>
    <message>
        <source>Choose GET, POST, PUT or DELETE.</source>
        <translation>Choisissez GET, POST, PUT ou DELETE.</translation>
    </message>
    <message>
        <source>The path goes below the API base, e.g. activity/email/acti_…/.</source>
        <translation>Le chemin se place sous la base de l’API, p.&#xa0;ex. activity/email/acti_…/.</translation>
    </message>
    <message>
        <source>JSON error at line %1, column %2: %3</source>
        <translation>Erreur JSON ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <source>%1 of %2 left, resets in %3 s</source>
        <translation>%1 sur %2 restants, remise à zéro dans %3&#xa0;s</translation>
    </message>
    <message>
        <source>%1 of %2 left, window over</source>
        <translation>%1 sur %2 restants, fenêtre écoulée</translation>
    </message>
    <message>
        <source>no budget given</source>
        <translation>aucun quota indiqué</translation>
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
        <translation>(dernière attente demandée&#xa0;: %1&#xa0;s)</translation>
    </message>
</context>
<context>
    <name>JournalWarning</name>
    <message>
        <source>Export Draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>Unsaved text is not on disk: %1 It stays in this window until you save it or export it.</source>
        <translation>Le texte non enregistré n’est pas sur le disque&#xa0;: %1 Il reste dans cette fenêtre jusqu’à ce que vous l’enregistriez ou l’exportiez.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonListSalvage</name>
    <message>
        <source>it holds text that is not valid UTF-8</source>
        <translation>il contient du texte qui n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>it holds a number that is out of range or badly written</source>
        <translation>il contient un nombre trop grand ou mal écrit</translation>
    </message>
    <message>
        <source>it is nested deeper than Draftdesk reads</source>
        <translation>il est imbriqué plus profondément que Draftdesk ne lit</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Draftdesk will use %1 the next time it starts.</source>
        <translation>Draftdesk utilisera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>https://… or name@example.com</source>
        <translation>https://… ou nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Save Link</source>
        <translation>Enregistrer le lien</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <source>An email link opens a web page (https://…) or writes an email (mailto:…).</source>
        <translation>Un lien dans un e-mail ouvre une page web (https://…) ou écrit un e-mail (mailto:…).</translation>
    </message>
</context>
<context>
    <name>ListLoader</name>
    <message numerus="yes">
        <source>More than %n emails were created at the same moment (%1), and Close cannot list past that many in one go. Filter by lead or user to see the rest.</source>
        <translation>
            <numerusform>Plus de %n e-mail a été créé au même instant (%1), et Close ne peut pas en lister autant d’un coup. Filtrez par prospect ou par utilisateur pour voir le reste.</numerusform>
            <numerusform>Plus de %n e-mails ont été créés au même instant (%1), et Close ne peut pas en lister autant d’un coup. Filtrez par prospect ou par utilisateur pour voir le reste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPageReader</name>
    <message>
        <source>The email list came back in an unexpected shape.</source>
        <translation>La liste des e-mails est revenue sous une forme inattendue.</translation>
    </message>
</context>
<context>
    <name>ListStatusText</name>
    <message>
        <source>Showing the list from %1; refreshing…</source>
        <translation>Liste telle qu’à %1 ; actualisation…</translation>
    </message>
    <message>
        <source>Showing the list from %1; Close could not be reached</source>
        <translation>Liste telle qu’à %1 ; Close n’a pas pu être joint</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n email(s) so far</source>
        <translation>
            <numerusform>Chargement… %n e-mail pour l’instant</numerusform>
            <numerusform>Chargement… %n e-mails pour l’instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; loading stopped, more are in Close</source>
        <translation>
            <numerusform>%n e-mail chargé&#xa0;; chargement interrompu, il y en a d’autres dans Close</numerusform>
            <numerusform>%n e-mails chargés&#xa0;; chargement interrompu, il y en a d’autres dans Close</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; more in Close (scroll down, or View → Load All Emails)</source>
        <translation>
            <numerusform>%n e-mail chargé&#xa0;; il y en a d’autres dans Close (faites défiler, ou Affichage → Charger tous les e-mails)</numerusform>
            <numerusform>%n e-mails chargés&#xa0;; il y en a d’autres dans Close (faites défiler, ou Affichage → Charger tous les e-mails)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) loaded; Close holds more that cannot be listed (see the message above)</source>
        <translation>
            <numerusform>%n e-mail chargé&#xa0;; Close en contient d’autres qui ne peuvent pas être listés (voir le message ci-dessus)</numerusform>
            <numerusform>%n e-mails chargés&#xa0;; Close en contient d’autres qui ne peuvent pas être listés (voir le message ci-dessus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n email(s) loaded</source>
        <translation>
            <numerusform>Le seul e-mail est chargé</numerusform>
            <numerusform>Les %n e-mails sont chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and are left out</source>
        <translation>
            <numerusform>%n enregistrement illisible a été laissé de côté</numerusform>
            <numerusform>%n enregistrements illisibles ont été laissés de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) match</source>
        <translation>
            <numerusform>%n e-mail correspond</numerusform>
            <numerusform>%n e-mails correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>more in Close</source>
        <translation>d’autres dans Close</translation>
    </message>
    <message>
        <source>every email of Close searched</source>
        <translation>tous les e-mails de Close cherchés</translation>
    </message>
    <message>
        <source>Offline — showing the list from %1</source>
        <translation>Hors ligne — liste affichée telle qu’à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — no emails stored yet; the list comes when Close can be reached</source>
        <translation>Hors ligne — aucun e-mail enregistré pour l’instant ; la liste arrivera quand Close sera joignable</translation>
    </message>
    <message>
        <source>Showing the list from %1</source>
        <translation>Liste telle qu’à %1</translation>
    </message>
    <message>
        <source>Demo sandbox · %1</source>
        <translation>Bac à sable de démonstration · %1</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>En attente du trousseau…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Cannot reach %1; trying again…</source>
        <translation>%1 injoignable ; nouvel essai en cours…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) shown; the newest %1 refreshed, the rest as stored (View → Load All Emails)</source>
        <translation>
            <numerusform>%n e-mail affiché&#xa0;; les %1 plus récents actualisés, les autres tels qu’enregistrés (Affichage → Charger tous les e-mails)</numerusform>
            <numerusform>%n e-mails affichés&#xa0;; les %1 plus récents actualisés, les autres tels qu’enregistrés (Affichage → Charger tous les e-mails)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Loaded emails</source>
        <translation>E-mails chargés</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>QA MODE: rules do not block</source>
        <translation>MODE QA&#xa0;: les règles ne bloquent pas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Email</source>
        <translation>&amp;Ouvrir l’e-mail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Connection &amp;Settings…</source>
        <translation>&amp;Paramètres de connexion…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Load All Emails</source>
        <translation>&amp;Charger tous les e-mails</translation>
    </message>
    <message>
        <source>&amp;Network Inspector</source>
        <translation>&amp;Inspecteur réseau</translation>
    </message>
    <message>
        <source>&amp;QA Mode</source>
        <translation>Mode &amp;QA</translation>
    </message>
    <message>
        <source>Client-side rules warn but no longer block, so you can see what Close answers</source>
        <translation>Les règles côté client avertissent mais ne bloquent plus, pour que vous voyiez ce que Close répond</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Barre d’état</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Draftdesk</source>
        <translation>À &amp;propos de Draftdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 Change the filters (lead, period, Mine only) or refresh the list (F5) to try something Close can answer.</source>
        <translation>%1 Modifiez les filtres (prospect, période, Les miens seulement) ou actualisez la liste (F5) pour essayer quelque chose à quoi Close peut répondre.</translation>
    </message>
    <message>
        <source>Select an email to see it here.</source>
        <translation>Sélectionnez un e-mail pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Limite de débit&#xa0;: %1 sur %2 restantes</translation>
    </message>
    <message>
        <source>About Draftdesk</source>
        <translation>À propos de Draftdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Draftdesk %1&lt;/h3&gt;&lt;p&gt;A desktop editor for Close CRM email drafts.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Draftdesk %1&lt;/h3&gt;&lt;p&gt;Un éditeur de bureau pour les brouillons d’e-mails de Close CRM.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, fonctionne avec Qt %3.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Draft…</source>
        <translation>&amp;Nouveau brouillon…</translation>
    </message>
    <message>
        <source>New Draft for This &amp;Lead…</source>
        <translation>Nouveau brouillon pour ce &amp;prospect…</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>The new draft was not created: %1</source>
        <translation>Le nouveau brouillon n’a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Si&amp;gnatures…</source>
        <translation>Si&amp;gnatures…</translation>
    </message>
</context>
<context>
    <name>NetworkInspector</name>
    <message>
        <source>Network Inspector</source>
        <translation>Inspecteur réseau</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Filtre de méthode</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Toute méthode</translation>
    </message>
    <message>
        <source>Path contains…</source>
        <translation>Le chemin contient…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Find in the request and response (Return: next)</source>
        <translation>Rechercher dans la requête et la réponse (Entrée&#xa0;: suivant)</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier comme &amp;curl</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;jouer</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>This request moves an email to the outbox or schedules it: replaying it may send an email. Replay anyway?</source>
        <translation>Cette requête place un e-mail dans la boîte d’envoi ou le planifie&#xa0;: la rejouer peut envoyer un e-mail. Rejouer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>Archive HTTP (*.har)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>Exporter en &amp;HAR…</translation>
    </message>
    <message>
        <source>What the server changed</source>
        <translation>Ce que le serveur a modifié</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de débit</translation>
    </message>
    <message>
        <source>What the Server Changed</source>
        <translation>Ce que le serveur a modifié</translation>
    </message>
    <message>
        <source>Rate Limits</source>
        <translation>Limites de débit</translation>
    </message>
    <message>
        <source>Ed&amp;it and Resend…</source>
        <translation>Modifier et renvo&amp;yer…</translation>
    </message>
    <message>
        <source>Save as Scenari&amp;o…</source>
        <translation>Enregistrer comme scé&amp;nario…</translation>
    </message>
    <message>
        <source>The selected requests (all shown, when none is selected) as a file to replay after each Close release</source>
        <translation>Les requêtes sélectionnées (toutes celles affichées si aucune n’est sélectionnée), dans un fichier à rejouer après chaque version de Close</translation>
    </message>
    <message>
        <source>R&amp;un Scenario…</source>
        <translation>Lancer un scéna&amp;rio…</translation>
    </message>
    <message>
        <source>Select a PUT or POST that Close answered to see what it did with each field.</source>
        <translation>Sélectionnez un PUT ou un POST auquel Close a répondu pour voir ce qu’il a fait de chaque champ.</translation>
    </message>
    <message>
        <source>No answer has said anything about rate limits yet.</source>
        <translation>Aucune réponse n’a encore indiqué de limite de débit.</translation>
    </message>
    <message>
        <source>(each mark is one answer: the budget left, ! a 429)</source>
        <translation>(chaque signe est une réponse&#xa0;: le quota restant, ! un 429)</translation>
    </message>
    <message>
        <source>Save as Scenario</source>
        <translation>Enregistrer comme scénario</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Nom du scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Draftdesk scenarios (*.json)</source>
        <translation>Scénarios Draftdesk (*.json)</translation>
    </message>
    <message>
        <source>None of these requests went to the Close API.</source>
        <translation>Aucune de ces requêtes n’est allée à l’API Close.</translation>
    </message>
    <message>
        <source>Run Scenario</source>
        <translation>Lancer un scénario</translation>
    </message>
    <message>
        <source>%1 cannot be replayed: %2</source>
        <translation>%1 ne peut pas être rejoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request you sent is shown although the filters hide it.</source>
        <translation>La requête que vous avez envoyée est affichée bien que les filtres la masquent.</translation>
    </message>
    <message numerus="yes">
        <source>One request is selected. Save only that one, or all %n shown?</source>
        <translation>
            <numerusform>Une requête est sélectionnée. Enregistrer seulement celle-ci, ou la %n affichée&#xa0;?</numerusform>
            <numerusform>Une requête est sélectionnée. Enregistrer seulement celle-ci, ou les %n affichées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the Selected</source>
        <translation>Seulement la sélection</translation>
    </message>
    <message numerus="yes">
        <source>All %n Shown</source>
        <translation>
            <numerusform>La %n affichée</numerusform>
            <numerusform>Les %n affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from the %n selected row(s)</source>
        <translation>
            <numerusform>depuis la %n ligne sélectionnée</numerusform>
            <numerusform>depuis les %n lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from all %n shown row(s)</source>
        <translation>
            <numerusform>depuis la %n ligne affichée</numerusform>
            <numerusform>depuis les %n lignes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n step(s) %1 to %2</source>
        <translation>
            <numerusform>%n étape enregistrée %1 dans %2</numerusform>
            <numerusform>%n étapes enregistrées %1 dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) left out (to other servers, or not answered yet)</source>
        <translation>
            <numerusform>%n requête laissée de côté (vers un autre serveur, ou encore sans réponse)</numerusform>
            <numerusform>%n requêtes laissées de côté (vers d’autres serveurs, ou encore sans réponse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a curl command for %1; it reads the key from $CLOSE_API_KEY.</source>
        <translation>Commande curl copiée pour %1&#xa0;; elle lit la clé dans $CLOSE_API_KEY.</translation>
    </message>
    <message>
        <source>Copied a curl command for %1, with the demo&apos;s key: it runs as it is.</source>
        <translation>Commande curl copiée pour %1, avec la clé de la démo&#xa0;: elle fonctionne telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n exchange(s) to %1, the key redacted.</source>
        <translation>
            <numerusform>%n échange exporté dans %1, la clé masquée.</numerusform>
            <numerusform>%n échanges exportés dans %1, la clé masquée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New Draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>Name of the lead, a contact or an address</source>
        <translation>Nom du prospect, d’un contact ou une adresse</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Prospect&#xa0;:</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Prospects trouvés</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <source>Create &amp;Draft</source>
        <translation>Créer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No lead matches. Close searches names, contacts and addresses.</source>
        <translation>Aucun prospect ne correspond. Close cherche dans les noms, les contacts et les adresses.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) found.</source>
        <translation>
            <numerusform>%n prospect trouvé.</numerusform>
            <numerusform>%n prospects trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>pas d’adresse e-mail</translation>
    </message>
    <message>
        <source>%1 A new draft is made in Close, so it needs Close: try again when it can be reached. Drafts already in the list can still be edited.</source>
        <translation>%1 Un nouveau brouillon est créé dans Close, il a donc besoin de Close : réessayez quand il sera joignable. Les brouillons déjà dans la liste restent modifiables.</translation>
    </message>
    <message>
        <source>Close cannot be reached, and no stored email matches. A new draft needs a lead: try other words, or again when Close is back.</source>
        <translation>Close est injoignable, et aucun e-mail enregistré ne correspond. Un nouveau brouillon a besoin d’un lead : essayez d’autres mots, ou réessayez au retour de Close.</translation>
    </message>
    <message>
        <source>Close cannot be reached: these leads are from the emails kept on this computer. The new draft is kept here and made in Close when it is back.</source>
        <translation>Close est injoignable : ces leads viennent des e-mails gardés sur cet ordinateur. Le nouveau brouillon est gardé ici et créé dans Close à son retour.</translation>
    </message>
</context>
<context>
    <name>OpenDrafts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save or close it before switching: it belongs to %2, and its changes can only be saved there.</source>
        <translation>« %1 » a des modifications non enregistrées. Enregistrez-le ou fermez-le avant de changer : il appartient à %2, et ses modifications ne peuvent être enregistrées que là.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Email header</source>
        <translation>En-tête de l’e-mail</translation>
    </message>
    <message>
        <source>Email body</source>
        <translation>Corps de l’e-mail</translation>
    </message>
    <message>
        <source>Select an email to see it here.</source>
        <translation>Sélectionnez un e-mail pour l’afficher ici.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>(no sender yet)</source>
        <translation>(pas encore d’expéditeur)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Planifié pour le %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil&#xa0;: </translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Gérer…</translation>
    </message>
    <message>
        <source>%1 (asks before sending)</source>
        <translation>%1 (demande avant d’envoyer)</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Bac à sable de démonstration</translation>
    </message>
</context>
<context>
    <name>QuotedTextView</name>
    <message>
        <source>&amp;Quoted text</source>
        <translation>Texte &amp;cité</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Texte cité</translation>
    </message>
    <message>
        <source>Show or hide the earlier messages this email quotes (read-only)</source>
        <translation>Afficher ou masquer les messages précédents que cet e-mail cite (lecture seule)</translation>
    </message>
    <message>
        <source>The earlier messages this email quotes; it cannot be edited here.</source>
        <translation>Les messages précédents que cet e-mail cite&#xa0;; ils ne peuvent pas être modifiés ici.</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <source>Not an email address: %1</source>
        <translation>Pas une adresse e-mail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unsaved Drafts</source>
        <translation>Brouillons non enregistrés</translation>
    </message>
    <message>
        <source>These drafts have changes Close never confirmed (after a crash, a kill, or a save whose answer did not come). Nothing was lost:</source>
        <translation>Ces brouillons ont des modifications que Close n’a jamais confirmées (après un plantage, un arrêt forcé ou un enregistrement dont la réponse n’est pas arrivée). Rien n’a été perdu&#xa0;:</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Brouillons non enregistrés</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>%1 — last typed %2</source>
        <translation>%1 — dernière saisie %2</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Export as HTML…</source>
        <translation>&amp;Exporter en HTML…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes to this draft?</source>
        <translation>Jeter les modifications non enregistrées de ce brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>Export Draft</source>
        <translation>Exporter le brouillon</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RequestEditorDialog</name>
    <message>
        <source>Edit and Resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Requête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body (JSON):</source>
        <translation>C&amp;orps (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>Body (JSON):</source>
        <translation>Corps (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Valid request.</source>
        <translation>Requête valide.</translation>
    </message>
    <message>
        <source>This request moves an email to the outbox or schedules it: it may send an email. Send the request anyway?</source>
        <translation>Cette requête place un e-mail dans la boîte d’envoi ou le planifie&#xa0;: elle peut envoyer un e-mail. Envoyer la requête quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Close&apos;s rules may refuse this:</source>
        <translation>Selon les règles de Close, ceci peut être refusé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Edit Link…</source>
        <translation>Modifier le lien…</translation>
    </message>
    <message>
        <source>Insert Link…</source>
        <translation>Insérer un lien…</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Copier l’adresse du lien</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Retirer le lien</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Preparing the email for display…</source>
        <translation>Préparation de l’e-mail pour l’affichage…</translation>
    </message>
    <message>
        <source>Only the first %L1 characters are shown.</source>
        <translation>Seuls les %L1 premiers caractères sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not loaded, to protect your privacy.</source>
        <translation>
            <numerusform>%n image non chargée, pour protéger votre vie privée.</numerusform>
            <numerusform>%n images non chargées, pour protéger votre vie privée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s), frame(s) or other active part(s) left out.</source>
        <translation>
            <numerusform>%n script, cadre ou autre partie active laissé de côté.</numerusform>
            <numerusform>%n scripts, cadres ou autres parties actives laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deeply nested parts are shown simplified.</source>
        <translation>Les parties profondément imbriquées sont affichées simplifiées.</translation>
    </message>
</context>
<context>
    <name>SaveQueue</name>
    <message>
        <source>“%1”, written while Close could not be reached, was not made in Close: %2 It is kept here: correct it and save it again, or delete it.</source>
        <translation>« %1 », écrit pendant que Close était injoignable, n’a pas été créé dans Close : %2 Il est gardé ici : corrigez-le et enregistrez-le à nouveau, ou supprimez-le.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>A change that waited for Close is saved now.</source>
        <translation>Une modification qui attendait Close est maintenant enregistrée.</translation>
    </message>
    <message>
        <source>A change that waited for Close was not saved: %1</source>
        <translation>Une modification qui attendait Close n’a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 is missing (was %2)</source>
        <translation>%1 manque (était %2)</translation>
    </message>
    <message>
        <source>%1 is %2 now (was %3)</source>
        <translation>%1 est maintenant %2 (était %3)</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>a scenario needs between 1 and %1 steps</source>
        <translation>un scénario compte entre 1 et %1&#xa0;étapes</translation>
    </message>
    <message>
        <source>step %1 is not a request Draftdesk can replay</source>
        <translation>l’étape %1 n’est pas une requête que Draftdesk peut rejouer</translation>
    </message>
    <message>
        <source>the file is larger than a scenario can be</source>
        <translation>le fichier est plus gros qu’un scénario ne peut l’être</translation>
    </message>
    <message numerus="yes">
        <source>%n new field(s): %1</source>
        <translation>
            <numerusform>%n nouveau champ&#xa0;: %1</numerusform>
            <numerusform>%n nouveaux champs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>aucun texte d’erreur</translation>
    </message>
    <message>
        <source>Close refused for another reason: recorded %1; got %2</source>
        <translation>Close a refusé pour une autre raison&#xa0;: enregistré %1&#xa0;; reçu %2</translation>
    </message>
    <message>
        <source>%1: recorded %2; got %3</source>
        <translation>%1&#xa0;: enregistré %2&#xa0;; reçu %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>not a Draftdesk scenario this version can read (versions 1 to %1)</source>
        <translation>pas un scénario Draftdesk que cette version sait lire (versions 1 à %1)</translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message>
        <source>draftdesk: cannot read the scenario %1: %2</source>
        <translation>draftdesk&#xa0;: impossible de lire le scénario %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>draftdesk: the built-in sandbox did not start: %1</source>
        <translation>draftdesk&#xa0;: le bac à sable intégré n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>draftdesk: there is no connection profile named &quot;%1&quot;.</source>
        <translation>draftdesk&#xa0;: aucun profil de connexion ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>draftdesk: set CLOSE_API_KEY to the API key for %1 (or use --demo).</source>
        <translation>draftdesk&#xa0;: donnez à CLOSE_API_KEY la clé d’API de %1 (ou utilisez --demo).</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;: %n step(s) against %2</source>
        <translation>
            <numerusform>Scénario «&#xa0;%1&#xa0;»&#xa0;: %n étape contre %2</numerusform>
            <numerusform>Scénario «&#xa0;%1&#xa0;»&#xa0;: %n étapes contre %2</numerusform>
        </translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>want</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>got</source>
        <translation>obtenu</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) passed</source>
        <translation>
            <numerusform>%n étape réussie</numerusform>
            <numerusform>%n étapes réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n échouée.</numerusform>
            <numerusform>%n échouées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This scenario was recorded by an older Draftdesk: only statuses and shapes are compared, not the words of a refusal or the values a request set. Record it again to compare them.</source>
        <translation>Ce scénario a été enregistré par une version plus ancienne de Draftdesk&#xa0;: seuls les statuts et les formes sont comparés, pas les termes d’un refus ni les valeurs fixées par une requête. Enregistrez-le à nouveau pour les comparer.</translation>
    </message>
    <message>
        <source>draftdesk: the report %1 was not written: %2</source>
        <translation>draftdesk&#xa0;: le rapport %1 n’a pas été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>draftdesk: the scenario could not be run: %1</source>
        <translation>draftdesk&#xa0;: le scénario n’a pas pu être rejoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>Scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Contre %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Run &amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation>&amp;Tout lancer</translation>
    </message>
    <message>
        <source>Run Scenario</source>
        <translation>Lancer un scénario</translation>
    </message>
    <message>
        <source>%1 is not a sandbox on this machine: the scenario&apos;s requests change real emails there. Run it anyway?</source>
        <translation>%1 n’est pas un bac à sable sur cette machine&#xa0;: les requêtes du scénario y modifient de vrais e-mails. Lancer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Step %1 moves an email to the outbox or schedules it: it may send an email. Send it?</source>
        <translation>L’étape %1 place un e-mail dans la boîte d’envoi ou le planifie&#xa0;: elle peut envoyer un e-mail. L’envoyer&#xa0;?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Every step passed.</source>
        <translation>Chaque étape a réussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) failed.</source>
        <translation>
            <numerusform>%n étape a échoué.</numerusform>
            <numerusform>%n étapes ont échoué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioReport</name>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>not sent: it could send an email and was not confirmed</source>
        <translation>non envoyée&#xa0;: elle pourrait envoyer un e-mail et n’a pas été confirmée</translation>
    </message>
    <message>
        <source>not run: an earlier step was not sent</source>
        <translation>non lancée&#xa0;: une étape précédente n’a pas été envoyée</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>status %1, recorded %2</source>
        <translation>statut %1, enregistré %2</translation>
    </message>
    <message>
        <source>no connection could be set up: %1</source>
        <translation>aucune connexion n’a pu être établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>the key was refused on the first step (%1): %2</source>
        <translation>la clé a été refusée dès la première étape (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SchedulePlanner</name>
    <message>
        <source>Pick a date and time.</source>
        <translation>Choisissez une date et une heure.</translation>
    </message>
    <message>
        <source>That time has passed. Pick a time in the future, or send now.</source>
        <translation>Cette heure est passée. Choisissez une heure dans le futur, ou envoyez maintenant.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 your time)</source>
        <translation>%1 %2 (%3 chez vous)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Send “%1”</source>
        <translation>Envoyer « %1 »</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>&quot;Your Name&quot; &lt;you@example.com&gt;</source>
        <translation>&quot;Votre nom&quot; &lt;vous@example.com&gt;</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>Pla&amp;nifier</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Undo possible for:</source>
        <translation>Annulation &amp;possible pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Envoyer le</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow 8:00</source>
        <translation>Demain 8:00</translation>
    </message>
    <message>
        <source>Next Monday 8:00</source>
        <translation>Lundi prochain 8:00</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Envoyer &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recipient&apos;s zone:</source>
        <translation>Fuseau du des&amp;tinataire&#xa0;:</translation>
    </message>
    <message>
        <source>Goes out as:</source>
        <translation>Part comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>Pl&amp;anifier</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Compare your copy with Close&apos;s, then send again.</source>
        <translation>%1 Rien n’a été envoyé. Comparez votre copie avec celle de Close, puis renvoyez.</translation>
    </message>
    <message>
        <source>A sender is required to send: pick one of yours or type an address. (%1)</source>
        <translation>Un expéditeur est nécessaire pour envoyer&#xa0;: choisissez l’une de vos adresses ou saisissez-en une. (%1)</translation>
    </message>
    <message>
        <source>The email needs a sender.</source>
        <translation>L’e-mail a besoin d’un expéditeur.</translation>
    </message>
    <message>
        <source>%1 UTC — %2</source>
        <translation>%1 UTC — %2</translation>
    </message>
    <message>
        <source>%1 there (%2)</source>
        <translation>%1 là-bas (%2)</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>L’objet est vide.</translation>
    </message>
    <message>
        <source>The request will carry: %1</source>
        <translation>La requête contiendra&#xa0;: %1</translation>
    </message>
    <message>
        <source>QA mode: sent anyway.</source>
        <translation>Mode QA&#xa0;: envoyé quand même.</translation>
    </message>
    <message>
        <source>Confirm Send</source>
        <translation>Confirmer l’envoi</translation>
    </message>
    <message>
        <source>This is the &quot;%1&quot; connection. Really send this email?</source>
        <translation>Ceci est la connexion « %1 ». Voulez-vous vraiment envoyer cet e-mail&#xa0;?</translation>
    </message>
    <message>
        <source>%1 Close still has it as a draft: nothing was sent. You can try again.</source>
        <translation>%1 Close l’a toujours comme brouillon&#xa0;: rien n’a été envoyé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>%1 Close has it as %2 now: it went out. It was not sent a second time.</source>
        <translation>%1 Close l’a maintenant comme %2&#xa0;: il est parti. Il n’a pas été envoyé une seconde fois.</translation>
    </message>
    <message>
        <source>Fo&amp;llow up if nobody replies by</source>
        <translation>&amp;Relancer si personne ne répond d’ici le</translation>
    </message>
    <message>
        <source>%1 Sending needs Close, and it cannot be reached now. The draft is kept as it is; nothing is sent or sent again on its own. When Close is back, the list shows whether it went out.</source>
        <translation>%1 L’envoi a besoin de Close, qui est injoignable pour l’instant. Le brouillon reste tel quel ; rien n’est envoyé ni renvoyé de lui-même. Quand Close sera de retour, la liste montrera s’il est parti.</translation>
    </message>
</context>
<context>
    <name>SendPlan</name>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ajoutez au moins un destinataire.</translation>
    </message>
</context>
<context>
    <name>SendStatePart</name>
    <message>
        <source>Back to draft: nothing was sent.</source>
        <translation>Retour au brouillon&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Too late: Close had already sent it (%1).</source>
        <translation>Trop tard&#xa0;: Close l’avait déjà envoyé (%1).</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Planifié pour le %1.</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>&amp;Déplanifier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Envoi dans %n seconde…</numerusform>
            <numerusform>Envoi dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>In the outbox: Close sends it now. Undo may be too late.</source>
        <translation>Dans la boîte d’envoi&#xa0;: Close l’envoie maintenant. Il est peut-être trop tard pour annuler.</translation>
    </message>
</context>
<context>
    <name>ServerChanges</name>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>normalisé</translation>
    </message>
    <message>
        <source>changed by the server</source>
        <translation>modifié par le serveur</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>set by the server</source>
        <translation>fixé par le serveur</translation>
    </message>
    <message>
        <source>%1: kept as sent</source>
        <translation>%1&#xa0;: conservé tel qu’envoyé</translation>
    </message>
    <message>
        <source>%1: %2 (%3 → %4)</source>
        <translation>%1&#xa0;: %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>%1: ignored (not in the answer)</source>
        <translation>%1&#xa0;: ignoré (absent de la réponse)</translation>
    </message>
    <message>
        <source>%1: ignored (still %2)</source>
        <translation>%1&#xa0;: ignoré (toujours %2)</translation>
    </message>
    <message>
        <source>%1: set by the server (%2)</source>
        <translation>%1&#xa0;: fixé par le serveur (%2)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>La clé est stockée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept in memory until you quit, and nowhere else.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: la clé est gardée en mémoire jusqu’à ce que vous quittiez, et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>The keychain refused the key (%1); it is kept in memory until you quit.</source>
        <translation>Le trousseau a refusé la clé (%1)&#xa0;; elle est gardée en mémoire jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Not connected: the key was not sent to %1, which asks for it over http://. Use https://, or connect again and agree to send it.</source>
        <translation>Non connecté : la clé n’a pas été envoyée à %1, qui la demande par http://. Utilisez https://, ou reconnectez-vous et acceptez de l’envoyer.</translation>
    </message>
    <message>
        <source>%1, and the last look was on %2: the list is loaded again.</source>
        <translation>%1, et la dernière consultation date du %2 : la liste est rechargée.</translation>
    </message>
    <message>
        <source>%1: the list is loaded again.</source>
        <translation>%1 : la liste est rechargée.</translation>
    </message>
    <message>
        <source>This draft was written while Close could not be reached and is no longer kept on this computer.</source>
        <translation>Ce brouillon a été écrit pendant que Close était injoignable et n’est plus gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not connected to Close yet, and this email was never opened on this computer: it can be read once Draftdesk is connected.</source>
        <translation>Pas encore connecté à Close, et cet e-mail n’a jamais été ouvert sur cet ordinateur : il pourra être lu dès que Draftdesk sera connecté.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>e.g. Production, Staging org, Sandbox</source>
        <translation>p. ex. Production, Org de préproduction, Bac à sable</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ask before &amp;every send with this profile</source>
        <translation>Demander avant chaque &amp;envoi avec ce profil</translation>
    </message>
    <message>
        <source>Keep the request &amp;log across restarts (without the key)</source>
        <translation>Conserver le &amp;journal des requêtes entre deux démarrages (sans la clé)</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l’API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>Paste your key</source>
        <translation>Collez votre clé</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file. Create a key in Close under Settings → Developer → API Keys.</source>
        <translation>Stockée dans le trousseau du système, jamais dans un fichier. Créez une clé dans Close sous Settings → Developer → API Keys.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key or token:</source>
        <translation>C&amp;lé ou jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Save and &amp;Connect</source>
        <translation>Enregistrer et se &amp;connecter</translation>
    </message>
    <message>
        <source>Paste your token</source>
        <translation>Collez votre jeton</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Emails</source>
        <translation>&amp;Oublier les e-mails enregistrés</translation>
    </message>
    <message>
        <source>Remo&amp;ve Profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Stored emails:</source>
        <translation>E-mails enregistrés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <source>The key for this connection is not in the keychain.</source>
        <translation>La clé de cette connexion n’est pas dans le trousseau.</translation>
    </message>
    <message>
        <source>Enter the key in Settings to connect; until then the list shows the emails stored on this computer.</source>
        <translation>Saisissez la clé dans les Paramètres pour vous connecter&#xa0;; d’ici là, la liste montre les e-mails enregistrés sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Goes at the end of new drafts from this sender, after a “-- ” line. When you change the sender of a draft, its signature changes too, unless you have edited it.</source>
        <translation>Se place à la fin des nouveaux brouillons de cet expéditeur, après une ligne « -- ». Quand vous changez l’expéditeur d’un brouillon, sa signature change aussi, sauf si vous l’avez modifiée.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SourceTabs</name>
    <message>
        <source>Schema notes: Close&apos;s copy matches the schema Draftdesk knows.</source>
        <translation>Notes de schéma&#xa0;: la copie de Close correspond au schéma que Draftdesk connaît.</translation>
    </message>
    <message>
        <source>Schema notes (how Close&apos;s copy differs from the schema Draftdesk knows):</source>
        <translation>Notes de schéma (en quoi la copie de Close diffère du schéma que Draftdesk connaît)&#xa0;:</translation>
    </message>
    <message>
        <source>Next save sends:</source>
        <translation>Le prochain enregistrement envoie&#xa0;:</translation>
    </message>
    <message>
        <source>Close&apos;s copy, as it answered:</source>
        <translation>La copie de Close, telle qu’elle a répondu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SpellingPart</name>
    <message>
        <source>Spelling language of this draft</source>
        <translation>Langue de vérification de l’orthographe de ce brouillon</translation>
    </message>
    <message>
        <source>No spell check</source>
        <translation>Pas de vérification orthographique</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to Dictionary</source>
        <translation>&amp;Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>&amp;Ignorer « %1 »</translation>
    </message>
    <message>
        <source>Spelling &amp;language:</source>
        <translation>Langue de &amp;vérification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StoredEmailsActions</name>
    <message>
        <source>Forget Stored Emails</source>
        <translation>Oublier les e-mails enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n email(s) stored for this connection? The list is loaded again from Close; unsaved edits are kept.</source>
        <translation>
            <numerusform>Oublier l’e-mail enregistré pour cette connexion ? La liste est rechargée depuis Close ; les modifications non enregistrées sont conservées.</numerusform>
            <numerusform>Oublier les %n e-mails enregistrés pour cette connexion ? La liste est rechargée depuis Close ; les modifications non enregistrées sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored email(s) forgotten.</source>
        <translation>
            <numerusform>%n e-mail enregistré oublié.</numerusform>
            <numerusform>%n e-mails enregistrés oubliés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its key leaves the keychain, and its stored emails and kept request log are deleted.</source>
        <translation>Supprimer le profil « %1 » ? Sa clé est retirée du trousseau, et ses e-mails enregistrés ainsi que son journal des requêtes conservé sont effacés.</translation>
    </message>
    <message>
        <source>Profile “%1” removed, with its stored emails.</source>
        <translation>Profil « %1 » supprimé, avec ses e-mails enregistrés.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Bac à sable de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) of the connection in use (%1) are kept in memory for this session only.</source>
        <translation>
            <numerusform>%n e-mail de la connexion utilisée (%1) est gardé en mémoire pour cette session seulement.</numerusform>
            <numerusform>%n e-mails de la connexion utilisée (%1) sont gardés en mémoire pour cette session seulement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) of the connection in use (%2) are stored in %1. Deleting it loses nothing: the list is loaded again from Close.</source>
        <translation>
            <numerusform>%n e-mail de la connexion utilisée (%2) est enregistré dans %1. Le supprimer ne fait rien perdre : la liste est rechargée depuis Close.</numerusform>
            <numerusform>%n e-mails de la connexion utilisée (%2) sont enregistrés dans %1. Le supprimer ne fait rien perdre : la liste est rechargée depuis Close.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Apply Template</source>
        <translation>Appliquer un modèle</translation>
    </message>
    <message>
        <source>Part of the template&apos;s name</source>
        <translation>Une partie du nom du modèle</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <source>Loading the templates…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Les modèles n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your organisation has no email templates yet.</source>
        <translation>Votre organisation n’a pas encore de modèles d’e-mails.</translation>
    </message>
    <message>
        <source>No template&apos;s name contains this.</source>
        <translation>Aucun nom de modèle ne contient cela.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPart</name>
    <message>
        <source>Apply &amp;Template…</source>
        <translation>Appliquer un &amp;modèle…</translation>
    </message>
    <message>
        <source>The template could not be applied: %1</source>
        <translation>Le modèle n’a pas pu être appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>Appliquer un modèle</translation>
    </message>
    <message>
        <source>Replace the subject and the text of this draft with the template “%1”? Ctrl+Z in the text and in the subject brings yours back.</source>
        <translation>Remplacer l’objet et le texte de ce brouillon par le modèle « %1 »&#xa0;? Ctrl+Z dans le texte et dans l’objet ramène les vôtres.</translation>
    </message>
</context>
<context>
    <name>WaitBanner</name>
    <message>
        <source>&amp;Cancel Waiting</source>
        <translation>&amp;Cesser d’attendre</translation>
    </message>
    <message>
        <source>Give up the requests that wait; Close has done nothing with them.</source>
        <translation>Abandonner les requêtes en attente&#xa0;; Close n’en a rien fait.</translation>
    </message>
    <message>
        <source>Close&apos;s rate limit for these requests is nearly used up, so Draftdesk spaces them: the next goes in %1.</source>
        <translation>La limite de débit de Close pour ces requêtes est presque épuisée&#xa0;: Draftdesk les espace donc. La prochaine part dans %1.</translation>
    </message>
    <message>
        <source>Draftdesk tries again in %1.</source>
        <translation>Draftdesk réessaie dans %1.</translation>
    </message>
</context>
<context>
    <name>WaitingChangesDialog</name>
    <message>
        <source>Waiting Changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Waiting changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Nothing waits: every change reached Close.</source>
        <translation>Rien n’attend : chaque modification a atteint Close.</translation>
    </message>
    <message>
        <source>&amp;Waiting Changes…</source>
        <translation>&amp;Modifications en attente…</translation>
    </message>
    <message>
        <source>New draft: %1</source>
        <translation>Nouveau brouillon : %1</translation>
    </message>
    <message>
        <source>These saves and new drafts were made while Close could not be reached, or before Draftdesk was connected. They go out in this order when it can be reached, each save checked against Close&apos;s copy first, each new draft made once. Sends never wait here: sending needs Close.</source>
        <translation>Ces enregistrements et nouveaux brouillons ont été faits pendant que Close était injoignable, ou avant que Draftdesk soit connecté. Ils partent dans cet ordre dès que Close est joignable : chaque enregistrement d’abord comparé à la copie de Close, chaque nouveau brouillon créé une seule fois. Les envois n’attendent jamais ici : envoyer a besoin de Close.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Draftdesk</source>
        <translation>Bienvenue dans Draftdesk</translation>
    </message>
    <message>
        <source>Write, check and send the email drafts of your Close organisation.
Try everything first on a built-in sandbox with demo data, or connect with your Close API key.</source>
        <translation>Rédigez, vérifiez et envoyez les brouillons d’e-mails de votre organisation Close.
Essayez d’abord tout sur un bac à sable intégré avec des données de démonstration, ou connectez-vous avec votre clé d’API Close.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Connect to Close…</source>
        <translation>Se &amp;connecter à Close…</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>the file could not be written whole</source>
        <translation>le fichier n’a pas pu être écrit en entier</translation>
    </message>
    <message>
        <source>the file on disk differs from what was written</source>
        <translation>le fichier sur le disque diffère de ce qui a été écrit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Draftdesk needs a graphical display; set DISPLAY or run it under xvfb-run.</source>
        <translation>Draftdesk a besoin d’un affichage graphique ; définissez DISPLAY ou lancez-le avec xvfb-run.</translation>
    </message>
    <message>
        <source>Draftdesk is already open with this profile; its window was brought forward.</source>
        <translation>Draftdesk est déjà ouvert avec ce profil ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Draftdesk is already open with this profile (process %1), but it does not answer. Close it or end that process, then start Draftdesk again.</source>
        <translation>Draftdesk est déjà ouvert avec ce profil (processus %1), mais il ne répond pas. Fermez-le ou arrêtez ce processus, puis relancez Draftdesk.</translation>
    </message>
    <message>
        <source>Draftdesk</source>
        <translation>Draftdesk</translation>
    </message>
</context>
</TS>
