<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Ferry::App::ControlClient</name>
    <message>
        <source>the node did not answer</source>
        <translation>der Knoten hat nicht geantwortet</translation>
    </message>
    <message>
        <source>closed by this front-end</source>
        <translation>von diesem Frontend geschlossen</translation>
    </message>
    <message>
        <source>expected a welcome, got %1</source>
        <translation>welcome erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>Ferry::App::ControlServer</name>
    <message>
        <source>the node is restarting (its settings changed)</source>
        <translation>der Knoten startet neu (seine Einstellungen haben sich geändert)</translation>
    </message>
    <message>
        <source>the node could not start: %1</source>
        <translation>der Knoten konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>this process does not own the data folder %1</source>
        <translation>dieser Prozess ist nicht Eigentümer des Datenordners %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>too many front-ends are attached to this node</source>
        <translation>mit diesem Knoten sind zu viele Frontends verbunden</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>kein hello innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>hello was said already</source>
        <translation>hello wurde bereits gesendet</translation>
    </message>
    <message>
        <source>the first message must be hello</source>
        <translation>die erste Nachricht muss hello sein</translation>
    </message>
    <message>
        <source>a front-end cannot send %1</source>
        <translation>ein Frontend kann %1 nicht senden</translation>
    </message>
    <message>
        <source>the node is starting</source>
        <translation>der Knoten startet gerade</translation>
    </message>
    <message>
        <source>control protocol %1 is not spoken here (this node speaks %2)</source>
        <translation>Steuerprotokoll %1 wird hier nicht unterstützt (dieser Knoten spricht %2)</translation>
    </message>
    <message>
        <source>subscribed already</source>
        <translation>bereits abonniert</translation>
    </message>
    <message>
        <source>this node has no window</source>
        <translation>dieser Knoten hat kein Fenster</translation>
    </message>
    <message>
        <source>paths must be absolute: %1</source>
        <translation>Pfade müssen absolut sein: %1</translation>
    </message>
    <message>
        <source>the destination must be an absolute path</source>
        <translation>der Zielordner muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>not a command</source>
        <translation>kein Befehl</translation>
    </message>
</context>
<context>
    <name>Ferry::App::GuiApp</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot start: %1</source>
        <translation>Ferry kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Ferry could not hand the files to its window: %1</source>
        <translation>Ferry konnte die Dateien nicht an sein Fenster übergeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are too many to hand over at once.</source>
        <translation>
            <numerusform>%n Element kann nicht auf einmal übergeben werden.</numerusform>
            <numerusform>%n Elemente sind zu viele, um sie auf einmal zu übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>it did not answer.</source>
        <translation>es hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Ferry is already running</source>
        <translation>Ferry läuft bereits</translation>
    </message>
    <message>
        <source>Ferry already runs in the background here (%1).

Stop it and open the Ferry window instead? Unfinished transfers are kept and resume.</source>
        <translation>Ferry läuft hier bereits im Hintergrund (%1).

Soll es beendet und stattdessen das Ferry-Fenster geöffnet werden? Nicht abgeschlossene Übertragungen bleiben erhalten und werden fortgesetzt.</translation>
    </message>
    <message>
        <source>Stop It and Open Ferry</source>
        <translation>Beenden und Ferry öffnen</translation>
    </message>
    <message>
        <source>The Ferry that runs in the background did not stop. Stop it (for example with Ctrl+C in its terminal) and start Ferry again.</source>
        <translation>Das im Hintergrund laufende Ferry wurde nicht beendet. Beenden Sie es (zum Beispiel mit Strg+C in seinem Terminal) und starten Sie Ferry erneut.</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Ferry could not write its settings to %1. They apply until Ferry quits.</source>
        <translation>Ferry konnte seine Einstellungen nicht in %1 speichern. Sie gelten, bis Ferry beendet wird.</translation>
    </message>
</context>
<context>
    <name>Ferry::App::KeychainSecretStore</name>
    <message>
        <source>Secret Service keychain</source>
        <translation>Schlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) did not answer in %1 s</source>
        <translation>der Schlüsselbund (Secret Service) hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>Ferry::App::LocalNodeAccess</name>
    <message>
        <source>the node has stopped</source>
        <translation>der Knoten wurde beendet</translation>
    </message>
    <message>
        <source>no offer is waiting with this id</source>
        <translation>es wartet kein Angebot mit dieser ID</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>the offer was already accepted%1</source>
        <translation>das Angebot wurde bereits%1 angenommen</translation>
    </message>
    <message>
        <source>the offer was already declined%1</source>
        <translation>das Angebot wurde bereits%1 abgelehnt</translation>
    </message>
    <message>
        <source>the offer timed out</source>
        <translation>das Angebot ist abgelaufen</translation>
    </message>
    <message>
        <source>the sender withdrew the offer</source>
        <translation>der Absender hat das Angebot zurückgezogen</translation>
    </message>
    <message>
        <source>cannot %1 this transfer: it is unknown or not in a state that allows it</source>
        <translation>„%1“ ist für diese Übertragung nicht möglich: sie ist unbekannt oder in keinem Zustand, der das erlaubt</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeAccess</name>
    <message>
        <source>no device called %1</source>
        <translation>kein Gerät namens %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 passt auf %2 Geräte: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeConnector</name>
    <message>
        <source>a Ferry node already runs for the data folder %1: %2</source>
        <translation>für den Datenordner %1 läuft bereits ein Ferry-Knoten: %2</translation>
    </message>
    <message>
        <source>the running Ferry node went away: %1</source>
        <translation>der laufende Ferry-Knoten ist verschwunden: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::RemoteNodeAccess</name>
    <message>
        <source>the command is too large for the control connection</source>
        <translation>der Befehl ist zu groß für die Steuerverbindung</translation>
    </message>
    <message>
        <source>the connection to the node is closed</source>
        <translation>die Verbindung zum Knoten ist geschlossen</translation>
    </message>
    <message>
        <source>the connection to the node was lost: %1</source>
        <translation>die Verbindung zum Knoten wurde unterbrochen: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::FileSecretStore</name>
    <message>
        <source>file in %1</source>
        <translation>Datei in %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 ist eine symbolische Verknüpfung, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users (permissions %2); refusing to use it. Make it readable only by you (chmod 600) or delete it</source>
        <translation>%1 ist für andere Benutzer zugänglich (Berechtigungen %2); die Datei wird nicht verwendet. Machen Sie sie nur für Sie lesbar (chmod 600) oder löschen Sie sie</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes a secret may have</source>
        <translation>%1 ist %2 Byte groß, mehr als die %3 Byte, die ein Geheimnis haben darf</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a secret of %1 bytes is larger than the %2 bytes allowed</source>
        <translation>ein Geheimnis mit %1 Byte ist größer als die erlaubten %2 Byte</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>die Berechtigungen von %1 können nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 existiert und ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IdentityStore</name>
    <message>
        <source>timed out: no answer within %1 s</source>
        <translation>Zeitüberschreitung: keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>kein Systemschlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The system keychain holds no device key, and the fallback key could not be checked: %1. Ferry does not create a new identity while an existing key may be unreadable.</source>
        <translation>Der Systemschlüsselbund enthält keinen Geräteschlüssel, und die Ersatz-Schlüsseldatei konnte nicht geprüft werden: %1. Ferry erstellt keine neue Identität, solange ein vorhandener Schlüssel möglicherweise nicht lesbar ist.</translation>
    </message>
    <message>
        <source>Could not generate a device key (OpenSSL failed).</source>
        <translation>Es konnte kein Geräteschlüssel erzeugt werden (OpenSSL-Fehler).</translation>
    </message>
    <message>
        <source>The device key could not be stored: %1.</source>
        <translation>Der Geräteschlüssel konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and there is no fallback key file.</source>
        <translation>Der Systemschlüsselbund konnte nicht verwendet werden (%1), und es gibt keine Ersatz-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and the fallback key could not be read: %2.</source>
        <translation>Der Systemschlüsselbund konnte nicht verwendet werden (%1), und die Ersatz-Schlüsseldatei konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The device key could not be stored: the system keychain could not be used (%1), and writing the fallback key failed (%2).</source>
        <translation>Der Geräteschlüssel konnte nicht gespeichert werden: Der Systemschlüsselbund konnte nicht verwendet werden (%1), und das Schreiben der Ersatz-Schlüsseldatei ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The device key stored in %1 under &quot;%2&quot; is corrupt (%3 bytes; a key has %4). Ferry will not replace it, because that would change this device&apos;s identity. Remove that entry to start over with a new identity.</source>
        <translation>Der Geräteschlüssel (gespeichert in: %1, Eintrag „%2“) ist beschädigt (%3 Byte; ein Schlüssel hat %4). Ferry ersetzt ihn nicht, weil sich dadurch die Identität dieses Geräts ändern würde. Entfernen Sie diesen Eintrag, um mit einer neuen Identität neu zu beginnen.</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>der Schlüsselspeicher</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). This device&apos;s private key is kept instead in a file that only your user account can read (%2).</source>
        <translation>Der Systemschlüsselbund konnte nicht verwendet werden (%1). Der private Schlüssel dieses Geräts wird stattdessen in einer Datei gespeichert, die nur Ihr Benutzerkonto lesen kann (%2).</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IncomingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>Ferry wurde während der Übertragung beendet</translation>
    </message>
    <message>
        <source>this request is no longer waiting for an answer</source>
        <translation>diese Anfrage wartet nicht mehr auf eine Antwort</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or cannot be written to</source>
        <translation>der Ordner %1 existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 bytes needed, %3 available</source>
        <translation>nicht genug freier Speicherplatz in %1: %2 Byte benötigt, %3 verfügbar</translation>
    </message>
    <message>
        <source>cannot record the transfer: %1</source>
        <translation>die Übertragung kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>fehlerhaftes PAUSE/RESUME</translation>
    </message>
    <message>
        <source>unexpected message while receiving</source>
        <translation>unerwartete Nachricht beim Empfangen</translation>
    </message>
    <message>
        <source>data before the answer</source>
        <translation>Daten vor der Antwort</translation>
    </message>
    <message>
        <source>the sender stopped before sending every file</source>
        <translation>der Absender hat aufgehört, bevor alle Dateien gesendet waren</translation>
    </message>
    <message>
        <source>the sender ended before its offer</source>
        <translation>der Absender hat die Verbindung vor seinem Angebot beendet</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>hier abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::InterruptionExpiry</name>
    <message>
        <source>given up: the sender has not resumed it since %1, so its partial files were deleted</source>
        <translation>aufgegeben: Der Absender hat die Übertragung seit %1 nicht fortgesetzt, daher wurden die unvollständigen Dateien gelöscht</translation>
    </message>
    <message>
        <source>given up: the device could not be reached to resume it since %1</source>
        <translation>aufgegeben: Das Gerät war seit %1 nicht erreichbar, um die Übertragung fortzusetzen</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::OutgoingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>Ferry wurde während der Übertragung beendet</translation>
    </message>
    <message>
        <source>the device could not be reached</source>
        <translation>das Gerät war nicht erreichbar</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>fehlerhaftes PAUSE/RESUME</translation>
    </message>
    <message>
        <source>malformed DONE</source>
        <translation>fehlerhaftes DONE</translation>
    </message>
    <message>
        <source>unexpected message of kind %1 while sending</source>
        <translation>unerwartete Nachricht vom Typ %1 beim Senden</translation>
    </message>
    <message>
        <source>expected an answer to the offer</source>
        <translation>Antwort auf das Angebot erwartet</translation>
    </message>
    <message>
        <source>ACCEPT names a resume point outside the offer</source>
        <translation>ACCEPT nennt einen Fortsetzungspunkt außerhalb des Angebots</translation>
    </message>
    <message>
        <source>the transfer stalled: nothing moved for %1 s</source>
        <translation>die Übertragung stockt: seit %1 s wurde nichts übertragen</translation>
    </message>
    <message>
        <source>the receiver ended the transfer without confirming it</source>
        <translation>der Empfänger hat die Übertragung ohne Bestätigung beendet</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>hier abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::PeerRegistry</name>
    <message>
        <source>no device called %1</source>
        <translation>kein Gerät namens %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 passt auf %2 Geräte: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::SpacedropService</name>
    <message>
        <source>there is nothing to send</source>
        <translation>es gibt nichts zu senden</translation>
    </message>
    <message>
        <source>there is no request waiting with this id</source>
        <translation>es wartet keine Anfrage mit dieser ID</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>hier abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::AboutDialog</name>
    <message>
        <source>About Ferry</source>
        <translation>Über Ferry</translation>
    </message>
    <message>
        <source>Ferry %1
Share files with devices on your local network.</source>
        <translation>Ferry %1
Teilen Sie Dateien mit Geräten in Ihrem lokalen Netzwerk.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Short identity</source>
        <translation>Kurzform der Identität</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation>Speicherort des privaten Schlüssels</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identität:</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>Kurzform:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>Privater Schlüssel gespeichert in:</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>&amp;Copy identity</source>
        <translation>Identität &amp;kopieren</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Der Systemschlüsselbund konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the private key is kept in a file that only you can read.</source>
        <translation>der private Schlüssel wird in einer Datei gespeichert, die nur Sie lesen können.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceDelegate</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>connection state · operating system</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Identity: %2</source>
        <translation>%1
Identität: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceListView</name>
    <message>
        <source>Nearby devices</source>
        <translation>Geräte in der Nähe</translation>
    </message>
    <message>
        <source>Drop files or folders on a device to send them to it.</source>
        <translation>Ziehen Sie Dateien oder Ordner auf ein Gerät, um sie an dieses zu senden.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DevicePanel</name>
    <message>
        <source>&amp;Send Files…</source>
        <translation>Dateien &amp;senden…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Send files to the selected devices (%1)</source>
        <translation>Dateien an die ausgewählten Geräte senden (%1)</translation>
    </message>
    <message>
        <source>Send &amp;Folder…</source>
        <translation>&amp;Ordner senden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Send a folder to the selected devices (%1)</source>
        <translation>Einen Ordner an die ausgewählten Geräte senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Devices nearby</source>
        <translation>&amp;Geräte in der Nähe</translation>
    </message>
    <message>
        <source>Select a device to send to first.</source>
        <translation>Wählen Sie zuerst ein Gerät als Empfänger aus.</translation>
    </message>
    <message>
        <source>Send a folder to %1</source>
        <translation>Einen Ordner an %1 senden</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message numerus="yes">
        <source>Send a folder to %n devices</source>
        <translation>
            <numerusform>Einen Ordner an %n Gerät senden</numerusform>
            <numerusform>Einen Ordner an %n Geräte senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send files to %n devices</source>
        <translation>
            <numerusform>Dateien an %n Gerät senden</numerusform>
            <numerusform>Dateien an %n Geräte senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Networking is off: turn it on in Settings to send files.</source>
        <translation>Das Netzwerk ist ausgeschaltet: Schalten Sie es in den Einstellungen ein, um Dateien zu senden.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n devices…</source>
        <translation>
            <numerusform>%1 wird an %n Gerät gesendet…</numerusform>
            <numerusform>%1 wird an %n Geräte gesendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>Übe&amp;rtragungen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Ferry cannot use the network: %1</source>
        <translation>Ferry kann das Netzwerk nicht verwenden: %1</translation>
    </message>
    <message>
        <source>This device&apos;s private key is kept in a file, because the system keychain could not be used: %1 (Help ▸ About Ferry has the details.)</source>
        <translation>Der private Schlüssel dieses Geräts wird in einer Datei gespeichert, weil der Systemschlüsselbund nicht verwendet werden konnte: %1 (Details unter Hilfe ▸ Über Ferry.)</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>Dieses Gerät: %1</translation>
    </message>
    <message>
        <source>This device: %1 (%2)</source>
        <translation>Dieses Gerät: %1 (%2)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Networking off</source>
        <translation>Netzwerk aus</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Networking on</source>
        <translation>Netzwerk ein</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Ferry beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are not finished.</source>
        <translation>
            <numerusform>%n Übertragung ist nicht abgeschlossen.</numerusform>
            <numerusform>%n Übertragungen sind nicht abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: unfinished transfers are kept and continue from where they stopped when Ferry runs again.</source>
        <translation>Es geht nichts verloren: Nicht abgeschlossene Übertragungen bleiben erhalten und werden beim nächsten Start von Ferry dort fortgesetzt, wo sie angehalten haben.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::NoDevicesHint</name>
    <message>
        <source>Turn &amp;networking on</source>
        <translation>&amp;Netzwerk einschalten</translation>
    </message>
    <message>
        <source>Turn networking on</source>
        <translation>Netzwerk einschalten</translation>
    </message>
    <message>
        <source>Open setti&amp;ngs…</source>
        <translation>E&amp;instellungen öffnen…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Networking is off</source>
        <translation>Das Netzwerk ist ausgeschaltet</translation>
    </message>
    <message>
        <source>While networking is off, Ferry does not look for devices and cannot send or receive files.</source>
        <translation>Solange das Netzwerk ausgeschaltet ist, sucht Ferry nicht nach Geräten und kann keine Dateien senden oder empfangen.</translation>
    </message>
    <message>
        <source>Ferry cannot use the network</source>
        <translation>Ferry kann das Netzwerk nicht verwenden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Ferry is getting ready to look for devices.</source>
        <translation>Ferry bereitet die Gerätesuche vor.</translation>
    </message>
    <message>
        <source>No device found yet</source>
        <translation>Noch kein Gerät gefunden</translation>
    </message>
    <message>
        <source>Devices running Ferry on this network appear here by themselves. If one does not:
• Start Ferry on the other device.
• Connect both to the same network (the same Wi-Fi or wired network; guest networks often keep devices apart).
• Let the firewall on both devices allow Ferry: TCP port %1 for transfers and UDP port %2 for discovery.</source>
        <translation>Geräte in diesem Netzwerk, auf denen Ferry läuft, erscheinen hier von selbst. Falls eines fehlt:
• Starten Sie Ferry auf dem anderen Gerät.
• Verbinden Sie beide mit demselben Netzwerk (demselben WLAN oder kabelgebundenen Netzwerk; Gastnetzwerke trennen Geräte oft voneinander).
• Lassen Sie Ferry in der Firewall beider Geräte zu: TCP-Port %1 für Übertragungen und UDP-Port %2 für die Geräteerkennung.</translation>
    </message>
    <message>
        <source>• With ufw: sudo ufw allow ferry — with firewalld: sudo firewall-cmd --permanent --add-service=ferry (see “Troubleshooting” in Ferry&apos;s README).</source>
        <translation>• Mit ufw: sudo ufw allow ferry — mit firewalld: sudo firewall-cmd --permanent --add-service=ferry (siehe „Troubleshooting“ in der README von Ferry).</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::PeerListModel</name>
    <message>
        <source>Unnamed device (%1)</source>
        <translation>Unbenanntes Gerät (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::RequestDialog</name>
    <message>
        <source>Incoming files — Ferry</source>
        <translation>Eingehende Dateien — Ferry</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Verbleibende Zeit zum Antworten</translation>
    </message>
    <message>
        <source>Ferry&apos;s network was stopped, so this request is no longer open.</source>
        <translation>Das Netzwerk von Ferry wurde gestoppt, daher ist diese Anfrage nicht mehr offen.</translation>
    </message>
    <message>
        <source>Ferry&apos;s network is off, so this request is no longer open.</source>
        <translation>Das Netzwerk von Ferry ist ausgeschaltet, daher ist diese Anfrage nicht mehr offen.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;nnehmen</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 möchte Ihnen Dateien senden</translation>
    </message>
    <message>
        <source>Device identity: %1</source>
        <translation>Geräteidentität: %1</translation>
    </message>
    <message>
        <source>Full identity: %1
Fingerprint: %2</source>
        <translation>Vollständige Identität: %1
Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>Nachricht: „%1“</translation>
    </message>
    <message>
        <source>Files offered</source>
        <translation>Angebotene Dateien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>folder size (file count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>items not listed</comment>
        <translation>
            <numerusform>+ %n weiteres</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>Gesamt: %1 in %2</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <source>Change destination folder</source>
        <translation>Zielordner ändern</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>Freier Speicherplatz:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 — not enough for these files (%2 needed)</source>
        <translation>%1 — nicht genug für diese Dateien (%2 benötigt)</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Dateien speichern in</translation>
    </message>
    <message>
        <source>Rejected automatically in %1 if not answered.</source>
        <translation>Wird in %1 automatisch abgelehnt, falls nicht beantwortet.</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>Annehmen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>Diese Anfrage ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Nobody answered in time, so the request was rejected.</source>
        <translation>Niemand hat rechtzeitig geantwortet, daher wurde die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>This request was rejected.</source>
        <translation>Diese Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 withdrew the request.</source>
        <translation>%1 hat die Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <source>This request was accepted.</source>
        <translation>Diese Anfrage wurde angenommen.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SendToDialog</name>
    <message>
        <source>Send to Device — Ferry</source>
        <translation>An Gerät senden — Ferry</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>Send %1 to:</source>
        <translation>%1 senden an:</translation>
    </message>
    <message>
        <source>&amp;Devices nearby:</source>
        <translation>&amp;Geräte in der Nähe:</translation>
    </message>
    <message>
        <source>Nearby devices</source>
        <translation>Geräte in der Nähe</translation>
    </message>
    <message>
        <source>Choose the devices to send to. Space selects or deselects the current device.</source>
        <translation>Wählen Sie die Empfängergeräte aus. Die Leertaste wählt das aktuelle Gerät aus oder ab.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of missing files</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>missing file names, then how many others</comment>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found: %1</source>
        <comment>nothing else was given</comment>
        <translation>
            <numerusform>%n Element wurde nicht gefunden: %1</numerusform>
            <numerusform>%n Elemente wurden nicht gefunden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found and will not be sent: %1</source>
        <translation>
            <numerusform>%n Element wurde nicht gefunden und wird nicht gesendet: %1</numerusform>
            <numerusform>%n Elemente wurden nicht gefunden und werden nicht gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No device found yet.
Devices running Ferry on this network appear here as soon as they are found.</source>
        <translation>Noch kein Gerät gefunden.
Geräte in diesem Netzwerk, auf denen Ferry läuft, erscheinen hier, sobald sie gefunden werden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Device(s)</source>
        <translation>
            <numerusform>An %n Gerät &amp;senden</numerusform>
            <numerusform>An %n Geräte &amp;senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SettingsDialog</name>
    <message>
        <source>Settings — Ferry</source>
        <translation>Einstellungen — Ferry</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>Geräte&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Download-&amp;Ordner:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>An incoming request nobody answers is rejected after this time.</source>
        <translation>Eine eingehende Anfrage, die niemand beantwortet, wird nach dieser Zeit abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Answer requests within:</source>
        <translation>&amp;Antwortfrist für Anfragen:</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the system tray</source>
        <translation>&amp;Minimiert in der Systemleiste starten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Enable networking (discovery and transfers)</source>
        <translation>Netzwerk &amp;einschalten (Geräteerkennung und Übertragungen)</translation>
    </message>
    <message>
        <source>Look for devices on every network &amp;interface</source>
        <translation>Auf allen Netzwerkschn&amp;ittstellen nach Geräten suchen</translation>
    </message>
    <message>
        <source>&amp;Only on these interfaces:</source>
        <translation>N&amp;ur auf diesen Schnittstellen:</translation>
    </message>
    <message>
        <source>Discovery interfaces</source>
        <translation>Schnittstellen für die Geräteerkennung</translation>
    </message>
    <message>
        <source>Use the default &amp;port (%1)</source>
        <translation>Standard-&amp;Port verwenden (%1)</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <source>Listening port:</source>
        <translation>Empfangsport:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface name (its description)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not present now)</source>
        <translation>%1 (derzeit nicht vorhanden)</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>Auf dieser Arbeitsfläche gibt es keine Systemleiste.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>Der Download-Ordner muss ein vollständiger Pfad sein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>Der Download-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Ferry cannot write in the download folder %1.</source>
        <translation>Ferry kann nicht in den Download-Ordner %1 schreiben.</translation>
    </message>
    <message>
        <source>Choose at least one network interface, or look on every interface.</source>
        <translation>Wählen Sie mindestens eine Netzwerkschnittstelle aus oder suchen Sie auf allen Schnittstellen.</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Ferry uses the new language from its next start.</source>
        <translation>Ferry verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransferHistory</name>
    <message>
        <source>it is not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>größer als %1 Byte</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a transfer history</source>
        <translation>kein Übertragungsverlauf</translation>
    </message>
    <message>
        <source>it has version %1, this version of Ferry reads version %2</source>
        <translation>Version %1; diese Version von Ferry liest Version %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2); it was moved to %3.</source>
        <translation>Der Übertragungsverlauf %1 konnte nicht gelesen werden (%2); er wurde nach %3 verschoben.</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2) nor moved aside.</source>
        <translation>Der Übertragungsverlauf %1 konnte weder gelesen (%2) noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransferRowModel</name>
    <message>
        <source>%1
%2
%3</source>
        <comment>title, subtitle and status of a transfer</comment>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>title, subtitle and status of a transfer</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>device · contents</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of total</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of the parts of a status line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>If the sender has not resumed it by %1, it is given up and its partial files are deleted</source>
        <translation>Hat der Absender die Übertragung bis %1 nicht fortgesetzt, wird sie aufgegeben und ihre unvollständigen Dateien werden gelöscht</translation>
    </message>
    <message>
        <source>If the device cannot be reached by %1, the transfer is given up</source>
        <translation>Ist das Gerät bis %1 nicht erreichbar, wird die Übertragung aufgegeben</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransfersView</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>No transfers yet. Drop files or folders on a device to send them, or use Send files…</source>
        <translation>Noch keine Übertragungen. Ziehen Sie Dateien oder Ordner auf ein Gerät, um sie zu senden, oder verwenden Sie „Dateien senden…“.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Sho&amp;w file</source>
        <translation>Datei an&amp;zeigen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>Aus &amp;Liste entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>This transfer cannot be paused now.</source>
        <translation>Diese Übertragung kann jetzt nicht pausiert werden.</translation>
    </message>
    <message>
        <source>This transfer cannot be resumed now.</source>
        <translation>Diese Übertragung kann jetzt nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>This transfer cannot be cancelled now.</source>
        <translation>Diese Übertragung kann jetzt nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>This transfer cannot be sent again now.</source>
        <translation>Diese Übertragung kann jetzt nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Only finished transfers can be removed.</source>
        <translation>Nur abgeschlossene Übertragungen können entfernt werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>No application could show %1.</source>
        <translation>Keine Anwendung konnte %1 anzeigen.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TrayController</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>&amp;Show Ferry</source>
        <translation>&amp;Ferry anzeigen</translation>
    </message>
    <message>
        <source>Send &amp;Files To</source>
        <translation>Dateien &amp;senden an</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>Ferry &amp;beenden</translation>
    </message>
    <message>
        <source>No device found</source>
        <translation>Kein Gerät gefunden</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry läuft weiter</translation>
    </message>
    <message>
        <source>Ferry keeps receiving files in the background. Quit it from the tray menu.</source>
        <translation>Ferry empfängt weiterhin im Hintergrund Dateien. Beenden Sie es über das Menü in der Systemleiste.</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 möchte Ihnen Dateien senden</translation>
    </message>
    <message>
        <source>%1 (%2). Click to answer.</source>
        <translation>%1 (%2). Zum Antworten klicken.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Dateien empfangen</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>Dateien gesendet</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Receiving failed</source>
        <translation>Empfangen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 PB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>speed: a size per second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time until a transfer ends</comment>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>files, folders</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>a file name and how many other items</comment>
        <translation>
            <numerusform>%1 + %n weiteres</numerusform>
            <numerusform>%1 + %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Connecting to the device…</source>
        <translation>Verbindung zum Gerät wird hergestellt…</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Wird empfangen</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Von %1 pausiert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Interrupted (%1): sending again when the device is back</source>
        <translation>Unterbrochen (%1): wird erneut gesendet, sobald das Gerät wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Interrupted (%1): continues if the sender tries again</source>
        <translation>Unterbrochen (%1): wird fortgesetzt, wenn der Absender es erneut versucht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>sent to a device</comment>
        <translation>an %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>received from a device</comment>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Rejected: nobody answered on the device in time</source>
        <translation>Abgelehnt: auf dem Gerät hat niemand rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Rejected: not answered in time</source>
        <translation>Abgelehnt: nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>Rejected: not enough free space on the device</source>
        <translation>Abgelehnt: nicht genug freier Speicherplatz auf dem Gerät</translation>
    </message>
    <message>
        <source>Rejected: not enough free space here</source>
        <translation>Abgelehnt: nicht genug freier Speicherplatz hier</translation>
    </message>
    <message>
        <source>Rejected: too large for the device</source>
        <translation>Abgelehnt: zu groß für das Gerät</translation>
    </message>
    <message>
        <source>Rejected: too large</source>
        <translation>Abgelehnt: zu groß</translation>
    </message>
    <message>
        <source>Rejected: the device has too many requests waiting</source>
        <translation>Abgelehnt: auf dem Gerät warten zu viele Anfragen</translation>
    </message>
    <message>
        <source>Rejected: too many requests were waiting</source>
        <translation>Abgelehnt: zu viele Anfragen warteten</translation>
    </message>
    <message>
        <source>Rejected: the device does not accept files now</source>
        <translation>Abgelehnt: das Gerät nimmt derzeit keine Dateien an</translation>
    </message>
    <message>
        <source>Rejected: files could not be accepted now</source>
        <translation>Abgelehnt: Dateien konnten derzeit nicht angenommen werden</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>could not connect to the device</source>
        <translation>Verbindung zum Gerät fehlgeschlagen</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>die sichere Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>the device is not connected</source>
        <translation>das Gerät ist nicht verbunden</translation>
    </message>
    <message>
        <source>the device stopped answering</source>
        <translation>das Gerät antwortet nicht mehr</translation>
    </message>
    <message>
        <source>Ferry was closed on the device</source>
        <translation>Ferry wurde auf dem Gerät beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the data arrived damaged</source>
        <translation>die Daten kamen beschädigt an</translation>
    </message>
    <message>
        <source>a file changed while it was being sent</source>
        <translation>eine Datei wurde während des Sendens geändert</translation>
    </message>
    <message>
        <source>a file could not be read</source>
        <translation>eine Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>a file could not be written</source>
        <translation>eine Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the device is not the one expected</source>
        <translation>das Gerät ist nicht das erwartete</translation>
    </message>
    <message>
        <source>the device runs an incompatible version of Ferry</source>
        <translation>auf dem Gerät läuft eine inkompatible Version von Ferry</translation>
    </message>
    <message>
        <source>the device is too busy</source>
        <translation>das Gerät ist ausgelastet</translation>
    </message>
    <message>
        <source>protocol error (%1)</source>
        <translation>Protokollfehler (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an error and its detail</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
