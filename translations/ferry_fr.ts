<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Ferry::App::ControlClient</name>
    <message>
        <source>the node did not answer</source>
        <translation>le nœud n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>closed by this front-end</source>
        <translation>fermé par ce client</translation>
    </message>
    <message>
        <source>expected a welcome, got %1</source>
        <translation>welcome attendu, %1 reçu</translation>
    </message>
</context>
<context>
    <name>Ferry::App::ControlServer</name>
    <message>
        <source>the node is restarting (its settings changed)</source>
        <translation>le nœud redémarre (ses paramètres ont changé)</translation>
    </message>
    <message>
        <source>the node could not start: %1</source>
        <translation>le nœud n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>this process does not own the data folder %1</source>
        <translation>ce processus ne possède pas le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>too many front-ends are attached to this node</source>
        <translation>trop de clients sont connectés à ce nœud</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>aucun hello reçu en %1 ms</translation>
    </message>
    <message>
        <source>hello was said already</source>
        <translation>hello a déjà été envoyé</translation>
    </message>
    <message>
        <source>the first message must be hello</source>
        <translation>le premier message doit être hello</translation>
    </message>
    <message>
        <source>a front-end cannot send %1</source>
        <translation>un client ne peut pas envoyer %1</translation>
    </message>
    <message>
        <source>the node is starting</source>
        <translation>le nœud démarre</translation>
    </message>
    <message>
        <source>control protocol %1 is not spoken here (this node speaks %2)</source>
        <translation>le protocole de contrôle %1 n&apos;est pas pris en charge ici (ce nœud utilise %2)</translation>
    </message>
    <message>
        <source>subscribed already</source>
        <translation>déjà abonné</translation>
    </message>
    <message>
        <source>this node has no window</source>
        <translation>ce nœud n&apos;a pas de fenêtre</translation>
    </message>
    <message>
        <source>paths must be absolute: %1</source>
        <translation>les chemins doivent être absolus&#xa0;: %1</translation>
    </message>
    <message>
        <source>the destination must be an absolute path</source>
        <translation>la destination doit être un chemin absolu</translation>
    </message>
    <message>
        <source>not a command</source>
        <translation>ce n&apos;est pas une commande</translation>
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
        <translation>Ferry ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ferry could not hand the files to its window: %1</source>
        <translation>Ferry n&apos;a pas pu transmettre les fichiers à sa fenêtre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are too many to hand over at once.</source>
        <translation>
            <numerusform>%n élément est trop pour être transmis en une seule fois.</numerusform>
            <numerusform>%n éléments sont trop nombreux pour être transmis en une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>it did not answer.</source>
        <translation>elle n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Ferry is already running</source>
        <translation>Ferry est déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Ferry already runs in the background here (%1).

Stop it and open the Ferry window instead? Unfinished transfers are kept and resume.</source>
        <translation>Ferry s&apos;exécute déjà en arrière-plan ici (%1).

L&apos;arrêter et ouvrir plutôt la fenêtre de Ferry&#xa0;? Les transferts inachevés sont conservés et reprendront.</translation>
    </message>
    <message>
        <source>Stop It and Open Ferry</source>
        <translation>Arrêter et ouvrir Ferry</translation>
    </message>
    <message>
        <source>The Ferry that runs in the background did not stop. Stop it (for example with Ctrl+C in its terminal) and start Ferry again.</source>
        <translation>L&apos;instance de Ferry qui s&apos;exécute en arrière-plan ne s&apos;est pas arrêtée. Arrêtez-la (par exemple avec Ctrl+C dans son terminal), puis relancez Ferry.</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Ferry could not write its settings to %1. They apply until Ferry quits.</source>
        <translation>Ferry n&apos;a pas pu écrire ses paramètres dans %1. Ils restent appliqués jusqu&apos;à la fermeture de Ferry.</translation>
    </message>
</context>
<context>
    <name>Ferry::App::KeychainSecretStore</name>
    <message>
        <source>Secret Service keychain</source>
        <translation>trousseau Secret Service</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) did not answer in %1 s</source>
        <translation>le trousseau (Secret Service) n&apos;a pas répondu en %1 s</translation>
    </message>
</context>
<context>
    <name>Ferry::App::LocalNodeAccess</name>
    <message>
        <source>the node has stopped</source>
        <translation>le nœud s&apos;est arrêté</translation>
    </message>
    <message>
        <source>no offer is waiting with this id</source>
        <translation>aucune offre en attente avec cet identifiant</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>the offer was already accepted%1</source>
        <translation>l&apos;offre a déjà été acceptée%1</translation>
    </message>
    <message>
        <source>the offer was already declined%1</source>
        <translation>l&apos;offre a déjà été refusée%1</translation>
    </message>
    <message>
        <source>the offer timed out</source>
        <translation>l&apos;offre a expiré</translation>
    </message>
    <message>
        <source>the sender withdrew the offer</source>
        <translation>l&apos;expéditeur a retiré l&apos;offre</translation>
    </message>
    <message>
        <source>cannot %1 this transfer: it is unknown or not in a state that allows it</source>
        <translation>impossible d&apos;exécuter «&#xa0;%1&#xa0;» sur ce transfert&#xa0;: il est inconnu ou dans un état qui ne le permet pas</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeAccess</name>
    <message>
        <source>no device called %1</source>
        <translation>aucun appareil nommé %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 correspond à %2 appareils&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeConnector</name>
    <message>
        <source>a Ferry node already runs for the data folder %1: %2</source>
        <translation>un nœud Ferry s&apos;exécute déjà pour le dossier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the running Ferry node went away: %1</source>
        <translation>le nœud Ferry en cours d&apos;exécution a disparu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::RemoteNodeAccess</name>
    <message>
        <source>the command is too large for the control connection</source>
        <translation>la commande est trop volumineuse pour la connexion de contrôle</translation>
    </message>
    <message>
        <source>the connection to the node is closed</source>
        <translation>la connexion au nœud est fermée</translation>
    </message>
    <message>
        <source>the connection to the node was lost: %1</source>
        <translation>la connexion au nœud a été perdue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::FileSecretStore</name>
    <message>
        <source>file in %1</source>
        <translation>fichier dans %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 est un lien symbolique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users (permissions %2); refusing to use it. Make it readable only by you (chmod 600) or delete it</source>
        <translation>%1 est accessible à d&apos;autres utilisateurs (permissions %2)&#xa0;; utilisation refusée. Rendez-le lisible par vous seul (chmod 600) ou supprimez-le</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes a secret may have</source>
        <translation>%1 fait %2 octets, plus que les %3 octets autorisés pour un secret</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a secret of %1 bytes is larger than the %2 bytes allowed</source>
        <translation>un secret de %1 octets dépasse les %2 octets autorisés</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>impossible de restreindre les permissions de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IdentityStore</name>
    <message>
        <source>timed out: no answer within %1 s</source>
        <translation>délai dépassé&#xa0;: aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>aucun trousseau système n&apos;est disponible</translation>
    </message>
    <message>
        <source>The system keychain holds no device key, and the fallback key could not be checked: %1. Ferry does not create a new identity while an existing key may be unreadable.</source>
        <translation>Le trousseau système ne contient aucune clé d&apos;appareil, et la clé de secours n&apos;a pas pu être vérifiée&#xa0;: %1. Ferry ne crée pas de nouvelle identité tant qu&apos;une clé existante risque d&apos;être illisible.</translation>
    </message>
    <message>
        <source>Could not generate a device key (OpenSSL failed).</source>
        <translation>Impossible de générer une clé d&apos;appareil (échec d&apos;OpenSSL).</translation>
    </message>
    <message>
        <source>The device key could not be stored: %1.</source>
        <translation>La clé de l&apos;appareil n&apos;a pas pu être stockée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and there is no fallback key file.</source>
        <translation>Le trousseau système n&apos;a pas pu être utilisé (%1), et il n&apos;existe aucun fichier de clé de secours.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and the fallback key could not be read: %2.</source>
        <translation>Le trousseau système n&apos;a pas pu être utilisé (%1), et la clé de secours n&apos;a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The device key could not be stored: the system keychain could not be used (%1), and writing the fallback key failed (%2).</source>
        <translation>La clé de l&apos;appareil n&apos;a pas pu être stockée&#xa0;: le trousseau système n&apos;a pas pu être utilisé (%1), et l&apos;écriture de la clé de secours a échoué (%2).</translation>
    </message>
    <message>
        <source>The device key stored in %1 under &quot;%2&quot; is corrupt (%3 bytes; a key has %4). Ferry will not replace it, because that would change this device&apos;s identity. Remove that entry to start over with a new identity.</source>
        <translation>La clé de l&apos;appareil stockée dans %1 sous «&#xa0;%2&#xa0;» est corrompue (%3 octets&#xa0;; une clé en fait %4). Ferry ne la remplacera pas, car cela changerait l&apos;identité de cet appareil. Supprimez cette entrée pour repartir avec une nouvelle identité.</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>le stockage des secrets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). This device&apos;s private key is kept instead in a file that only your user account can read (%2).</source>
        <translation>Le trousseau système n&apos;a pas pu être utilisé (%1). La clé privée de cet appareil est conservée à la place dans un fichier que seul votre compte utilisateur peut lire (%2).</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IncomingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>Ferry a été fermé pendant le transfert</translation>
    </message>
    <message>
        <source>this request is no longer waiting for an answer</source>
        <translation>cette demande n&apos;attend plus de réponse</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or cannot be written to</source>
        <translation>le dossier %1 n&apos;existe pas ou n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 bytes needed, %3 available</source>
        <translation>espace libre insuffisant dans %1&#xa0;: %2 octets nécessaires, %3 disponibles</translation>
    </message>
    <message>
        <source>cannot record the transfer: %1</source>
        <translation>impossible d&apos;enregistrer le transfert&#xa0;: %1</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME mal formé</translation>
    </message>
    <message>
        <source>unexpected message while receiving</source>
        <translation>message inattendu pendant la réception</translation>
    </message>
    <message>
        <source>data before the answer</source>
        <translation>données reçues avant la réponse</translation>
    </message>
    <message>
        <source>the sender stopped before sending every file</source>
        <translation>l&apos;expéditeur s&apos;est arrêté avant d&apos;envoyer tous les fichiers</translation>
    </message>
    <message>
        <source>the sender ended before its offer</source>
        <translation>l&apos;expéditeur s&apos;est arrêté avant d&apos;envoyer son offre</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>annulé ici</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::InterruptionExpiry</name>
    <message>
        <source>given up: the sender has not resumed it since %1, so its partial files were deleted</source>
        <translation>abandonné : l’expéditeur ne l’a pas reprise depuis %1, ses fichiers partiels ont donc été supprimés</translation>
    </message>
    <message>
        <source>given up: the device could not be reached to resume it since %1</source>
        <translation>abandonné : l’appareil est injoignable pour la reprendre depuis %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::OutgoingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>Ferry a été fermé pendant le transfert</translation>
    </message>
    <message>
        <source>the device could not be reached</source>
        <translation>l&apos;appareil est injoignable</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME mal formé</translation>
    </message>
    <message>
        <source>malformed DONE</source>
        <translation>DONE mal formé</translation>
    </message>
    <message>
        <source>unexpected message of kind %1 while sending</source>
        <translation>message inattendu de type %1 pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>expected an answer to the offer</source>
        <translation>une réponse à l&apos;offre était attendue</translation>
    </message>
    <message>
        <source>ACCEPT names a resume point outside the offer</source>
        <translation>ACCEPT indique un point de reprise en dehors de l&apos;offre</translation>
    </message>
    <message>
        <source>the transfer stalled: nothing moved for %1 s</source>
        <translation>le transfert est bloqué&#xa0;: rien n&apos;a avancé depuis %1 s</translation>
    </message>
    <message>
        <source>the receiver ended the transfer without confirming it</source>
        <translation>le destinataire a terminé le transfert sans le confirmer</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>annulé ici</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::PeerRegistry</name>
    <message>
        <source>no device called %1</source>
        <translation>aucun appareil nommé %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 correspond à %2 appareils&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::SpacedropService</name>
    <message>
        <source>there is nothing to send</source>
        <translation>il n&apos;y a rien à envoyer</translation>
    </message>
    <message>
        <source>there is no request waiting with this id</source>
        <translation>aucune demande en attente avec cet identifiant</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>annulé ici</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::AboutDialog</name>
    <message>
        <source>About Ferry</source>
        <translation>À propos de Ferry</translation>
    </message>
    <message>
        <source>Ferry %1
Share files with devices on your local network.</source>
        <translation>Ferry %1
Partagez des fichiers avec les appareils de votre réseau local.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Short identity</source>
        <translation>Identité abrégée</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation>Clé privée conservée dans</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identité&#xa0;:</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>Forme abrégée&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>Clé privée conservée dans&#xa0;:</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <source>&amp;Copy identity</source>
        <translation>&amp;Copier l&apos;identité</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>pas encore chargée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Le trousseau système n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the private key is kept in a file that only you can read.</source>
        <translation>la clé privée est conservée dans un fichier que vous seul pouvez lire.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceDelegate</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
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
Identité&#xa0;: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceListView</name>
    <message>
        <source>Nearby devices</source>
        <translation>Appareils à proximité</translation>
    </message>
    <message>
        <source>Drop files or folders on a device to send them to it.</source>
        <translation>Déposez des fichiers ou des dossiers sur un appareil pour les lui envoyer.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DevicePanel</name>
    <message>
        <source>&amp;Send Files…</source>
        <translation>&amp;Envoyer des fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Send files to the selected devices (%1)</source>
        <translation>Envoyer des fichiers aux appareils sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Send &amp;Folder…</source>
        <translation>Envoyer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Send a folder to the selected devices (%1)</source>
        <translation>Envoyer un dossier aux appareils sélectionnés (%1)</translation>
    </message>
    <message>
        <source>&amp;Devices nearby</source>
        <translation>Appareils à &amp;proximité</translation>
    </message>
    <message>
        <source>Select a device to send to first.</source>
        <translation>Sélectionnez d&apos;abord un appareil destinataire.</translation>
    </message>
    <message>
        <source>Send a folder to %1</source>
        <translation>Envoyer un dossier à %1</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Envoyer des fichiers à %1</translation>
    </message>
    <message numerus="yes">
        <source>Send a folder to %n devices</source>
        <translation>
            <numerusform>Envoyer un dossier à %n appareil</numerusform>
            <numerusform>Envoyer un dossier à %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send files to %n devices</source>
        <translation>
            <numerusform>Envoyer des fichiers à %n appareil</numerusform>
            <numerusform>Envoyer des fichiers à %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Networking is off: turn it on in Settings to send files.</source>
        <translation>Le réseau est désactivé&#xa0;: activez-le dans les Paramètres pour envoyer des fichiers.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Envoi en cours&#xa0;: %1 vers %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n devices…</source>
        <translation>
            <numerusform>Envoi en cours&#xa0;: %1 vers %n appareil…</numerusform>
            <numerusform>Envoi en cours&#xa0;: %1 vers %n appareils…</numerusform>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>À &amp;propos de Ferry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Port d&apos;écoute</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Ferry cannot use the network: %1</source>
        <translation>Ferry ne peut pas utiliser le réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>This device&apos;s private key is kept in a file, because the system keychain could not be used: %1 (Help ▸ About Ferry has the details.)</source>
        <translation>La clé privée de cet appareil est conservée dans un fichier, car le trousseau système n&apos;a pas pu être utilisé&#xa0;: %1 (détails dans Aide ▸ À propos de Ferry.)</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>Cet appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>This device: %1 (%2)</source>
        <translation>Cet appareil&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Networking off</source>
        <translation>Réseau désactivé</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Networking on</source>
        <translation>Réseau activé</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Quitter Ferry&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are not finished.</source>
        <translation>
            <numerusform>%n transfert n&apos;est pas terminé.</numerusform>
            <numerusform>%n transferts ne sont pas terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: unfinished transfers are kept and continue from where they stopped when Ferry runs again.</source>
        <translation>Rien n&apos;est perdu&#xa0;: les transferts inachevés sont conservés et reprennent là où ils s&apos;étaient arrêtés au prochain lancement de Ferry.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Ne pas quitter</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::NoDevicesHint</name>
    <message>
        <source>Turn &amp;networking on</source>
        <translation>Activer le &amp;réseau</translation>
    </message>
    <message>
        <source>Turn networking on</source>
        <translation>Activer le réseau</translation>
    </message>
    <message>
        <source>Open setti&amp;ngs…</source>
        <translation>&amp;Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Networking is off</source>
        <translation>Le réseau est désactivé</translation>
    </message>
    <message>
        <source>While networking is off, Ferry does not look for devices and cannot send or receive files.</source>
        <translation>Tant que le réseau est désactivé, Ferry ne recherche pas d&apos;appareils et ne peut ni envoyer ni recevoir de fichiers.</translation>
    </message>
    <message>
        <source>Ferry cannot use the network</source>
        <translation>Ferry ne peut pas utiliser le réseau</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Ferry is getting ready to look for devices.</source>
        <translation>Ferry se prépare à rechercher des appareils.</translation>
    </message>
    <message>
        <source>No device found yet</source>
        <translation>Aucun appareil trouvé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Devices running Ferry on this network appear here by themselves. If one does not:
• Start Ferry on the other device.
• Connect both to the same network (the same Wi-Fi or wired network; guest networks often keep devices apart).
• Let the firewall on both devices allow Ferry: TCP port %1 for transfers and UDP port %2 for discovery.</source>
        <translation>Les appareils qui exécutent Ferry sur ce réseau apparaissent ici d&apos;eux-mêmes. Si un appareil n&apos;apparaît pas&#xa0;:
• Démarrez Ferry sur l&apos;autre appareil.
• Connectez les deux au même réseau (le même Wi-Fi ou réseau filaire&#xa0;; les réseaux invités isolent souvent les appareils).
• Autorisez Ferry dans le pare-feu des deux appareils&#xa0;: port TCP %1 pour les transferts et port UDP %2 pour la découverte.</translation>
    </message>
    <message>
        <source>• With ufw: sudo ufw allow ferry — with firewalld: sudo firewall-cmd --permanent --add-service=ferry (see “Troubleshooting” in Ferry&apos;s README).</source>
        <translation>• Avec ufw&#xa0;: sudo ufw allow ferry — avec firewalld&#xa0;: sudo firewall-cmd --permanent --add-service=ferry (voir «&#xa0;Troubleshooting&#xa0;» dans le README de Ferry).</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::PeerListModel</name>
    <message>
        <source>Unnamed device (%1)</source>
        <translation>Appareil sans nom (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::RequestDialog</name>
    <message>
        <source>Incoming files — Ferry</source>
        <translation>Fichiers entrants — Ferry</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Temps restant pour répondre</translation>
    </message>
    <message>
        <source>Ferry&apos;s network was stopped, so this request is no longer open.</source>
        <translation>Le réseau de Ferry a été arrêté&#xa0;: cette demande n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>Ferry&apos;s network is off, so this request is no longer open.</source>
        <translation>Le réseau de Ferry est désactivé&#xa0;: cette demande n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 veut vous envoyer des fichiers</translation>
    </message>
    <message>
        <source>Device identity: %1</source>
        <translation>Identité de l&apos;appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Full identity: %1
Fingerprint: %2</source>
        <translation>Identité complète&#xa0;: %1
Empreinte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>Message&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Files offered</source>
        <translation>Fichiers proposés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>folder size (file count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>items not listed</comment>
        <translation>
            <numerusform>+ %n autre</numerusform>
            <numerusform>+ %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>Total&#xa0;: %1 pour %2</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change destination folder</source>
        <translation>Modifier le dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>Espace libre&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 — not enough for these files (%2 needed)</source>
        <translation>%1 — insuffisant pour ces fichiers (%2 nécessaires)</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Enregistrer les fichiers dans</translation>
    </message>
    <message>
        <source>Rejected automatically in %1 if not answered.</source>
        <translation>Sans réponse, la demande sera refusée automatiquement dans %1.</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>Impossible d&apos;accepter&#xa0;: %1</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>Cette demande n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>Nobody answered in time, so the request was rejected.</source>
        <translation>Personne n&apos;a répondu à temps&#xa0;: la demande a été refusée.</translation>
    </message>
    <message>
        <source>This request was rejected.</source>
        <translation>Cette demande a été refusée.</translation>
    </message>
    <message>
        <source>%1 withdrew the request.</source>
        <translation>%1 a retiré la demande.</translation>
    </message>
    <message>
        <source>This request was accepted.</source>
        <translation>Cette demande a été acceptée.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SendToDialog</name>
    <message>
        <source>Send to Device — Ferry</source>
        <translation>Envoyer vers un appareil — Ferry</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message>
        <source>Send %1 to:</source>
        <translation>Envoyer %1 à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Devices nearby:</source>
        <translation>Appareils à &amp;proximité&#xa0;:</translation>
    </message>
    <message>
        <source>Nearby devices</source>
        <translation>Appareils à proximité</translation>
    </message>
    <message>
        <source>Choose the devices to send to. Space selects or deselects the current device.</source>
        <translation>Choisissez les appareils destinataires. Espace sélectionne ou désélectionne l&apos;appareil courant.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
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
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found: %1</source>
        <comment>nothing else was given</comment>
        <translation>
            <numerusform>%n élément introuvable&#xa0;: %1</numerusform>
            <numerusform>%n éléments introuvables&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found and will not be sent: %1</source>
        <translation>
            <numerusform>%n élément est introuvable et ne sera pas envoyé&#xa0;: %1</numerusform>
            <numerusform>%n éléments sont introuvables et ne seront pas envoyés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>No device found yet.
Devices running Ferry on this network appear here as soon as they are found.</source>
        <translation>Aucun appareil trouvé pour l&apos;instant.
Les appareils qui exécutent Ferry sur ce réseau apparaissent ici dès qu&apos;ils sont trouvés.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Device(s)</source>
        <translation>
            <numerusform>&amp;Envoyer à %n appareil</numerusform>
            <numerusform>&amp;Envoyer à %n appareils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SettingsDialog</name>
    <message>
        <source>Settings — Ferry</source>
        <translation>Paramètres — Ferry</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nom de l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Choisir le dossier de téléchargement</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Dossier de &amp;téléchargement&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>An incoming request nobody answers is rejected after this time.</source>
        <translation>Une demande entrante restée sans réponse est refusée après ce délai.</translation>
    </message>
    <message>
        <source>&amp;Answer requests within:</source>
        <translation>&amp;Répondre aux demandes sous&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the system tray</source>
        <translation>&amp;Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Enable networking (discovery and transfers)</source>
        <translation>Acti&amp;ver le réseau (découverte et transferts)</translation>
    </message>
    <message>
        <source>Look for devices on every network &amp;interface</source>
        <translation>Rechercher des appareils sur toutes les &amp;interfaces réseau</translation>
    </message>
    <message>
        <source>&amp;Only on these interfaces:</source>
        <translation>&amp;Uniquement sur ces interfaces&#xa0;:</translation>
    </message>
    <message>
        <source>Discovery interfaces</source>
        <translation>Interfaces de découverte</translation>
    </message>
    <message>
        <source>Use the default &amp;port (%1)</source>
        <translation>Utiliser le p&amp;ort par défaut (%1)</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Port d&apos;écoute</translation>
    </message>
    <message>
        <source>Listening port:</source>
        <translation>Port d&apos;écoute&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface name (its description)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not present now)</source>
        <translation>%1 (actuellement absente)</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>Le dossier de téléchargement doit être un chemin complet, par exemple %1.</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>Le dossier de téléchargement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Ferry cannot write in the download folder %1.</source>
        <translation>Ferry ne peut pas écrire dans le dossier de téléchargement %1.</translation>
    </message>
    <message>
        <source>Choose at least one network interface, or look on every interface.</source>
        <translation>Choisissez au moins une interface réseau, ou recherchez sur toutes les interfaces.</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Ferry uses the new language from its next start.</source>
        <translation>Ferry utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransferHistory</name>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>il dépasse %1 octets</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it is not a transfer history</source>
        <translation>ce n&apos;est pas un historique de transferts</translation>
    </message>
    <message>
        <source>it has version %1, this version of Ferry reads version %2</source>
        <translation>il est en version %1, cette version de Ferry lit la version %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2); it was moved to %3.</source>
        <translation>L&apos;historique des transferts %1 n&apos;a pas pu être lu (%2)&#xa0;; il a été déplacé vers %3.</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2) nor moved aside.</source>
        <translation>L&apos;historique des transferts %1 n&apos;a pu être ni lu (%2) ni mis de côté.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 est un lien symbolique</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
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
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>device · contents</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of total</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of the parts of a status line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>If the sender has not resumed it by %1, it is given up and its partial files are deleted</source>
        <translation>Si l’expéditeur ne l’a pas reprise d’ici le %1, elle est abandonnée et ses fichiers partiels sont supprimés</translation>
    </message>
    <message>
        <source>If the device cannot be reached by %1, the transfer is given up</source>
        <translation>Si l’appareil reste injoignable jusqu’au %1, le transfert est abandonné</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransfersView</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>No transfers yet. Drop files or folders on a device to send them, or use Send files…</source>
        <translation>Aucun transfert pour l&apos;instant. Déposez des fichiers ou des dossiers sur un appareil pour les envoyer, ou utilisez Envoyer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Sho&amp;w file</source>
        <translation>Afficher le &amp;fichier</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Effacer les &amp;terminés</translation>
    </message>
    <message>
        <source>This transfer cannot be paused now.</source>
        <translation>Ce transfert ne peut pas être mis en pause pour le moment.</translation>
    </message>
    <message>
        <source>This transfer cannot be resumed now.</source>
        <translation>Ce transfert ne peut pas être repris pour le moment.</translation>
    </message>
    <message>
        <source>This transfer cannot be cancelled now.</source>
        <translation>Ce transfert ne peut pas être annulé pour le moment.</translation>
    </message>
    <message>
        <source>This transfer cannot be sent again now.</source>
        <translation>Ce transfert ne peut pas être renvoyé pour le moment.</translation>
    </message>
    <message>
        <source>Only finished transfers can be removed.</source>
        <translation>Seuls les transferts terminés peuvent être retirés.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>No application could show %1.</source>
        <translation>Aucune application n&apos;a pu afficher %1.</translation>
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
        <translation>&amp;Afficher Ferry</translation>
    </message>
    <message>
        <source>Send &amp;Files To</source>
        <translation>Envoyer des &amp;fichiers à</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>&amp;Quitter Ferry</translation>
    </message>
    <message>
        <source>No device found</source>
        <translation>Aucun appareil trouvé</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Ferry keeps receiving files in the background. Quit it from the tray menu.</source>
        <translation>Ferry continue de recevoir des fichiers en arrière-plan. Quittez-le depuis le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 veut vous envoyer des fichiers</translation>
    </message>
    <message>
        <source>%1 (%2). Click to answer.</source>
        <translation>%1 (%2). Cliquez pour répondre.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Fichiers reçus</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>Fichiers envoyés</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>Receiving failed</source>
        <translation>Échec de la réception</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 Po</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time until a transfer ends</comment>
        <translation>il reste %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
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
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>a file name and how many other items</comment>
        <translation>
            <numerusform>%1 + %n autre</numerusform>
            <numerusform>%1 + %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Connecting to the device…</source>
        <translation>Connexion à l&apos;appareil…</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>En attente d&apos;une réponse</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception en cours</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Mis en pause par %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Interrupted (%1): sending again when the device is back</source>
        <translation>Interrompu (%1)&#xa0;: nouvel envoi dès le retour de l&apos;appareil</translation>
    </message>
    <message>
        <source>Interrupted (%1): continues if the sender tries again</source>
        <translation>Interrompu (%1)&#xa0;: reprendra si l&apos;expéditeur réessaie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Annulé par %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>sent to a device</comment>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>received from a device</comment>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Rejected: nobody answered on the device in time</source>
        <translation>Refusé&#xa0;: personne n&apos;a répondu à temps sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Rejected: not answered in time</source>
        <translation>Refusé&#xa0;: pas de réponse à temps</translation>
    </message>
    <message>
        <source>Rejected: not enough free space on the device</source>
        <translation>Refusé&#xa0;: espace libre insuffisant sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Rejected: not enough free space here</source>
        <translation>Refusé&#xa0;: espace libre insuffisant ici</translation>
    </message>
    <message>
        <source>Rejected: too large for the device</source>
        <translation>Refusé&#xa0;: trop volumineux pour l&apos;appareil</translation>
    </message>
    <message>
        <source>Rejected: too large</source>
        <translation>Refusé&#xa0;: trop volumineux</translation>
    </message>
    <message>
        <source>Rejected: the device has too many requests waiting</source>
        <translation>Refusé&#xa0;: l&apos;appareil a trop de demandes en attente</translation>
    </message>
    <message>
        <source>Rejected: too many requests were waiting</source>
        <translation>Refusé&#xa0;: trop de demandes étaient en attente</translation>
    </message>
    <message>
        <source>Rejected: the device does not accept files now</source>
        <translation>Refusé&#xa0;: l&apos;appareil n&apos;accepte pas de fichiers pour le moment</translation>
    </message>
    <message>
        <source>Rejected: files could not be accepted now</source>
        <translation>Refusé&#xa0;: les fichiers ne pouvaient pas être acceptés pour le moment</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Refusé par %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>could not connect to the device</source>
        <translation>impossible de se connecter à l&apos;appareil</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>la connexion sécurisée n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>the device is not connected</source>
        <translation>l&apos;appareil n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>the device stopped answering</source>
        <translation>l&apos;appareil ne répond plus</translation>
    </message>
    <message>
        <source>Ferry was closed on the device</source>
        <translation>Ferry a été fermé sur l&apos;appareil</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the data arrived damaged</source>
        <translation>les données sont arrivées endommagées</translation>
    </message>
    <message>
        <source>a file changed while it was being sent</source>
        <translation>un fichier a été modifié pendant son envoi</translation>
    </message>
    <message>
        <source>a file could not be read</source>
        <translation>un fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>a file could not be written</source>
        <translation>un fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>the device is not the one expected</source>
        <translation>l&apos;appareil n&apos;est pas celui attendu</translation>
    </message>
    <message>
        <source>the device runs an incompatible version of Ferry</source>
        <translation>l&apos;appareil utilise une version incompatible de Ferry</translation>
    </message>
    <message>
        <source>the device is too busy</source>
        <translation>l&apos;appareil est trop occupé</translation>
    </message>
    <message>
        <source>protocol error (%1)</source>
        <translation>erreur de protocole (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an error and its detail</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
