<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Ferry::App::ControlClient</name>
    <message>
        <source>the node did not answer</source>
        <translation>el nodo no respondió</translation>
    </message>
    <message>
        <source>closed by this front-end</source>
        <translation>cerrado por esta interfaz</translation>
    </message>
    <message>
        <source>expected a welcome, got %1</source>
        <translation>se esperaba una bienvenida, se recibió %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::ControlServer</name>
    <message>
        <source>the node is restarting (its settings changed)</source>
        <translation>el nodo se está reiniciando (cambiaron sus preferencias)</translation>
    </message>
    <message>
        <source>the node could not start: %1</source>
        <translation>el nodo no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>this process does not own the data folder %1</source>
        <translation>este proceso no es el propietario de la carpeta de datos %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>too many front-ends are attached to this node</source>
        <translation>hay demasiadas interfaces conectadas a este nodo</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>no se recibió «hello» en %1 ms</translation>
    </message>
    <message>
        <source>hello was said already</source>
        <translation>ya se recibió «hello»</translation>
    </message>
    <message>
        <source>the first message must be hello</source>
        <translation>el primer mensaje debe ser «hello»</translation>
    </message>
    <message>
        <source>a front-end cannot send %1</source>
        <translation>una interfaz no puede enviar %1</translation>
    </message>
    <message>
        <source>the node is starting</source>
        <translation>el nodo se está iniciando</translation>
    </message>
    <message>
        <source>control protocol %1 is not spoken here (this node speaks %2)</source>
        <translation>aquí no se admite el protocolo de control %1 (este nodo usa el %2)</translation>
    </message>
    <message>
        <source>subscribed already</source>
        <translation>ya hay una suscripción</translation>
    </message>
    <message>
        <source>this node has no window</source>
        <translation>este nodo no tiene ventana</translation>
    </message>
    <message>
        <source>paths must be absolute: %1</source>
        <translation>las rutas deben ser absolutas: %1</translation>
    </message>
    <message>
        <source>the destination must be an absolute path</source>
        <translation>el destino debe ser una ruta absoluta</translation>
    </message>
    <message>
        <source>not a command</source>
        <translation>no es un comando</translation>
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
        <translation>Ferry no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>Ferry could not hand the files to its window: %1</source>
        <translation>Ferry no pudo pasar los archivos a su ventana: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are too many to hand over at once.</source>
        <translation>
            <numerusform>%n elemento es demasiado para pasarlo de una vez.</numerusform>
            <numerusform>%n elementos son demasiados para pasarlos de una vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>it did not answer.</source>
        <translation>no respondió.</translation>
    </message>
    <message>
        <source>Ferry is already running</source>
        <translation>Ferry ya se está ejecutando</translation>
    </message>
    <message>
        <source>Ferry already runs in the background here (%1).

Stop it and open the Ferry window instead? Unfinished transfers are kept and resume.</source>
        <translation>Ferry ya se está ejecutando en segundo plano aquí (%1).

¿Quiere detenerlo y abrir la ventana de Ferry en su lugar? Las transferencias sin terminar se conservan y se reanudan.</translation>
    </message>
    <message>
        <source>Stop It and Open Ferry</source>
        <translation>Detenerlo y abrir Ferry</translation>
    </message>
    <message>
        <source>The Ferry that runs in the background did not stop. Stop it (for example with Ctrl+C in its terminal) and start Ferry again.</source>
        <translation>El Ferry que se ejecuta en segundo plano no se detuvo. Deténgalo (por ejemplo, con Ctrl+C en su terminal) y vuelva a iniciar Ferry.</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>No se guardaron las preferencias</translation>
    </message>
    <message>
        <source>Ferry could not write its settings to %1. They apply until Ferry quits.</source>
        <translation>Ferry no pudo escribir sus preferencias en %1. Se aplicarán hasta que salga de Ferry.</translation>
    </message>
</context>
<context>
    <name>Ferry::App::KeychainSecretStore</name>
    <message>
        <source>Secret Service keychain</source>
        <translation>llavero de Secret Service</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) did not answer in %1 s</source>
        <translation>el llavero (Secret Service) no respondió en %1 s</translation>
    </message>
</context>
<context>
    <name>Ferry::App::LocalNodeAccess</name>
    <message>
        <source>the node has stopped</source>
        <translation>el nodo se ha detenido</translation>
    </message>
    <message>
        <source>no offer is waiting with this id</source>
        <translation>no hay ninguna oferta pendiente con este ID</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>the offer was already accepted%1</source>
        <translation>la oferta ya fue aceptada%1</translation>
    </message>
    <message>
        <source>the offer was already declined%1</source>
        <translation>la oferta ya fue rechazada%1</translation>
    </message>
    <message>
        <source>the offer timed out</source>
        <translation>la oferta caducó</translation>
    </message>
    <message>
        <source>the sender withdrew the offer</source>
        <translation>el remitente retiró la oferta</translation>
    </message>
    <message>
        <source>cannot %1 this transfer: it is unknown or not in a state that allows it</source>
        <translation>no se puede aplicar «%1» a esta transferencia: es desconocida o su estado no lo permite</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeAccess</name>
    <message>
        <source>no device called %1</source>
        <translation>no hay ningún dispositivo llamado %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 coincide con %2 dispositivos: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeConnector</name>
    <message>
        <source>a Ferry node already runs for the data folder %1: %2</source>
        <translation>ya se está ejecutando un nodo de Ferry para la carpeta de datos %1: %2</translation>
    </message>
    <message>
        <source>the running Ferry node went away: %1</source>
        <translation>el nodo de Ferry en ejecución desapareció: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::RemoteNodeAccess</name>
    <message>
        <source>the command is too large for the control connection</source>
        <translation>el comando es demasiado grande para la conexión de control</translation>
    </message>
    <message>
        <source>the connection to the node is closed</source>
        <translation>la conexión con el nodo está cerrada</translation>
    </message>
    <message>
        <source>the connection to the node was lost: %1</source>
        <translation>se perdió la conexión con el nodo: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::FileSecretStore</name>
    <message>
        <source>file in %1</source>
        <translation>archivo en %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 es un enlace simbólico, no un archivo normal</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 pertenece a otro usuario</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users (permissions %2); refusing to use it. Make it readable only by you (chmod 600) or delete it</source>
        <translation>otros usuarios pueden acceder a %1 (permisos %2); no se usará. Haga que solo usted pueda leerlo (chmod 600) o elimínelo</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes a secret may have</source>
        <translation>%1 ocupa %2 bytes, más de los %3 bytes que puede tener un secreto</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>a secret of %1 bytes is larger than the %2 bytes allowed</source>
        <translation>un secreto de %1 bytes supera los %2 bytes permitidos</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>no se pueden restringir los permisos de %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>no se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 existe y no es un directorio</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no se puede crear el directorio %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IdentityStore</name>
    <message>
        <source>timed out: no answer within %1 s</source>
        <translation>tiempo agotado: sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>no hay ningún llavero del sistema disponible</translation>
    </message>
    <message>
        <source>The system keychain holds no device key, and the fallback key could not be checked: %1. Ferry does not create a new identity while an existing key may be unreadable.</source>
        <translation>El llavero del sistema no contiene ninguna clave de dispositivo y no se pudo comprobar la clave de respaldo: %1. Ferry no crea una identidad nueva mientras una clave existente pueda ser ilegible.</translation>
    </message>
    <message>
        <source>Could not generate a device key (OpenSSL failed).</source>
        <translation>No se pudo generar una clave de dispositivo (OpenSSL falló).</translation>
    </message>
    <message>
        <source>The device key could not be stored: %1.</source>
        <translation>No se pudo guardar la clave del dispositivo: %1.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and there is no fallback key file.</source>
        <translation>No se pudo usar el llavero del sistema (%1) y no hay ningún archivo de clave de respaldo.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and the fallback key could not be read: %2.</source>
        <translation>No se pudo usar el llavero del sistema (%1) y no se pudo leer la clave de respaldo: %2.</translation>
    </message>
    <message>
        <source>The device key could not be stored: the system keychain could not be used (%1), and writing the fallback key failed (%2).</source>
        <translation>No se pudo guardar la clave del dispositivo: no se pudo usar el llavero del sistema (%1) y falló la escritura de la clave de respaldo (%2).</translation>
    </message>
    <message>
        <source>The device key stored in %1 under &quot;%2&quot; is corrupt (%3 bytes; a key has %4). Ferry will not replace it, because that would change this device&apos;s identity. Remove that entry to start over with a new identity.</source>
        <translation>La clave del dispositivo guardada en %1 con el nombre «%2» está dañada (%3 bytes; una clave tiene %4). Ferry no la reemplazará, porque eso cambiaría la identidad de este dispositivo. Elimine esa entrada para empezar de nuevo con una identidad nueva.</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>el almacén de secretos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). This device&apos;s private key is kept instead in a file that only your user account can read (%2).</source>
        <translation>No se pudo usar el llavero del sistema (%1). La clave privada de este dispositivo se guarda en su lugar en un archivo que solo su cuenta de usuario puede leer (%2).</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IncomingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>Ferry se cerró durante la transferencia</translation>
    </message>
    <message>
        <source>this request is no longer waiting for an answer</source>
        <translation>esta solicitud ya no está esperando respuesta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or cannot be written to</source>
        <translation>la carpeta %1 no existe o no se puede escribir en ella</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 bytes needed, %3 available</source>
        <translation>no hay suficiente espacio libre en %1: se necesitan %2 bytes, hay %3 disponibles</translation>
    </message>
    <message>
        <source>cannot record the transfer: %1</source>
        <translation>no se puede registrar la transferencia: %1</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME mal formado</translation>
    </message>
    <message>
        <source>unexpected message while receiving</source>
        <translation>mensaje inesperado durante la recepción</translation>
    </message>
    <message>
        <source>data before the answer</source>
        <translation>datos antes de la respuesta</translation>
    </message>
    <message>
        <source>the sender stopped before sending every file</source>
        <translation>el remitente se detuvo antes de enviar todos los archivos</translation>
    </message>
    <message>
        <source>the sender ended before its offer</source>
        <translation>el remitente terminó antes de enviar su oferta</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>cancelada aquí</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::InterruptionExpiry</name>
    <message>
        <source>given up: the sender has not resumed it since %1, so its partial files were deleted</source>
        <translation>abandonada: el remitente no la ha reanudado desde %1, así que se borraron sus archivos parciales</translation>
    </message>
    <message>
        <source>given up: the device could not be reached to resume it since %1</source>
        <translation>abandonada: no se ha podido contactar con el dispositivo para reanudarla desde %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::OutgoingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>Ferry se cerró durante la transferencia</translation>
    </message>
    <message>
        <source>the device could not be reached</source>
        <translation>no se pudo contactar con el dispositivo</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME mal formado</translation>
    </message>
    <message>
        <source>malformed DONE</source>
        <translation>DONE mal formado</translation>
    </message>
    <message>
        <source>unexpected message of kind %1 while sending</source>
        <translation>mensaje inesperado de tipo %1 durante el envío</translation>
    </message>
    <message>
        <source>expected an answer to the offer</source>
        <translation>se esperaba una respuesta a la oferta</translation>
    </message>
    <message>
        <source>ACCEPT names a resume point outside the offer</source>
        <translation>ACCEPT indica un punto de reanudación fuera de la oferta</translation>
    </message>
    <message>
        <source>the transfer stalled: nothing moved for %1 s</source>
        <translation>la transferencia se estancó: no hubo actividad durante %1 s</translation>
    </message>
    <message>
        <source>the receiver ended the transfer without confirming it</source>
        <translation>el destinatario terminó la transferencia sin confirmarla</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>cancelada aquí</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::PeerRegistry</name>
    <message>
        <source>no device called %1</source>
        <translation>no hay ningún dispositivo llamado %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 coincide con %2 dispositivos: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::SpacedropService</name>
    <message>
        <source>there is nothing to send</source>
        <translation>no hay nada que enviar</translation>
    </message>
    <message>
        <source>there is no request waiting with this id</source>
        <translation>no hay ninguna solicitud pendiente con este ID</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>cancelada aquí</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::AboutDialog</name>
    <message>
        <source>About Ferry</source>
        <translation>Acerca de Ferry</translation>
    </message>
    <message>
        <source>Ferry %1
Share files with devices on your local network.</source>
        <translation>Ferry %1
Comparta archivos con dispositivos de su red local.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Short identity</source>
        <translation>Identidad abreviada</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation>Clave privada guardada en</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identidad:</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>Forma abreviada:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>Clave privada guardada en:</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <source>&amp;Copy identity</source>
        <translation>&amp;Copiar identidad</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>aún no se ha cargado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>No se pudo usar el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>the private key is kept in a file that only you can read.</source>
        <translation>la clave privada se guarda en un archivo que solo usted puede leer.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceDelegate</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
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
Identidad: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceListView</name>
    <message>
        <source>Nearby devices</source>
        <translation>Dispositivos cercanos</translation>
    </message>
    <message>
        <source>Drop files or folders on a device to send them to it.</source>
        <translation>Suelte archivos o carpetas sobre un dispositivo para enviárselos.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DevicePanel</name>
    <message>
        <source>&amp;Send Files…</source>
        <translation>&amp;Enviar archivos…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Send files to the selected devices (%1)</source>
        <translation>Enviar archivos a los dispositivos seleccionados (%1)</translation>
    </message>
    <message>
        <source>Send &amp;Folder…</source>
        <translation>Enviar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Send a folder to the selected devices (%1)</source>
        <translation>Enviar una carpeta a los dispositivos seleccionados (%1)</translation>
    </message>
    <message>
        <source>&amp;Devices nearby</source>
        <translation>&amp;Dispositivos cercanos</translation>
    </message>
    <message>
        <source>Select a device to send to first.</source>
        <translation>Primero seleccione un dispositivo al que enviar.</translation>
    </message>
    <message>
        <source>Send a folder to %1</source>
        <translation>Enviar una carpeta a %1</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Enviar archivos a %1</translation>
    </message>
    <message numerus="yes">
        <source>Send a folder to %n devices</source>
        <translation>
            <numerusform>Enviar una carpeta a %n dispositivo</numerusform>
            <numerusform>Enviar una carpeta a %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send files to %n devices</source>
        <translation>
            <numerusform>Enviar archivos a %n dispositivo</numerusform>
            <numerusform>Enviar archivos a %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Networking is off: turn it on in Settings to send files.</source>
        <translation>La red está desactivada: actívela en Preferencias para enviar archivos.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Enviando %1 a %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n devices…</source>
        <translation>
            <numerusform>Enviando %1 a %n dispositivo…</numerusform>
            <numerusform>Enviando %1 a %n dispositivos…</numerusform>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>&amp;Acerca de Ferry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>&amp;Transferencias</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Puerto de escucha</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Ferry cannot use the network: %1</source>
        <translation>Ferry no puede usar la red: %1</translation>
    </message>
    <message>
        <source>This device&apos;s private key is kept in a file, because the system keychain could not be used: %1 (Help ▸ About Ferry has the details.)</source>
        <translation>La clave privada de este dispositivo se guarda en un archivo porque no se pudo usar el llavero del sistema: %1 (Encontrará los detalles en Ayuda ▸ Acerca de Ferry.)</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>Este dispositivo: %1</translation>
    </message>
    <message>
        <source>This device: %1 (%2)</source>
        <translation>Este dispositivo: %1 (%2)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Puerto %1</translation>
    </message>
    <message>
        <source>Networking off</source>
        <translation>Red desactivada</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Networking on</source>
        <translation>Red activada</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>¿Salir de Ferry?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are not finished.</source>
        <translation>
            <numerusform>%n transferencia no ha terminado.</numerusform>
            <numerusform>%n transferencias no han terminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: unfinished transfers are kept and continue from where they stopped when Ferry runs again.</source>
        <translation>No se pierde nada: las transferencias sin terminar se conservan y continúan desde donde se detuvieron cuando Ferry vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Mantener en ejecución</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::NoDevicesHint</name>
    <message>
        <source>Turn &amp;networking on</source>
        <translation>Activar la &amp;red</translation>
    </message>
    <message>
        <source>Turn networking on</source>
        <translation>Activar la red</translation>
    </message>
    <message>
        <source>Open setti&amp;ngs…</source>
        <translation>Abrir &amp;preferencias…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir preferencias</translation>
    </message>
    <message>
        <source>Networking is off</source>
        <translation>La red está desactivada</translation>
    </message>
    <message>
        <source>While networking is off, Ferry does not look for devices and cannot send or receive files.</source>
        <translation>Mientras la red esté desactivada, Ferry no busca dispositivos y no puede enviar ni recibir archivos.</translation>
    </message>
    <message>
        <source>Ferry cannot use the network</source>
        <translation>Ferry no puede usar la red</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Ferry is getting ready to look for devices.</source>
        <translation>Ferry se está preparando para buscar dispositivos.</translation>
    </message>
    <message>
        <source>No device found yet</source>
        <translation>Aún no se ha encontrado ningún dispositivo</translation>
    </message>
    <message>
        <source>Devices running Ferry on this network appear here by themselves. If one does not:
• Start Ferry on the other device.
• Connect both to the same network (the same Wi-Fi or wired network; guest networks often keep devices apart).
• Let the firewall on both devices allow Ferry: TCP port %1 for transfers and UDP port %2 for discovery.</source>
        <translation>Los dispositivos que ejecutan Ferry en esta red aparecen aquí automáticamente. Si alguno no aparece:
• Inicie Ferry en el otro dispositivo.
• Conecte ambos a la misma red (la misma Wi-Fi o red cableada; las redes de invitados suelen mantener separados los dispositivos).
• Permita Ferry en el cortafuegos de ambos dispositivos: puerto TCP %1 para las transferencias y puerto UDP %2 para la detección.</translation>
    </message>
    <message>
        <source>• With ufw: sudo ufw allow ferry — with firewalld: sudo firewall-cmd --permanent --add-service=ferry (see “Troubleshooting” in Ferry&apos;s README).</source>
        <translation>• Con ufw: sudo ufw allow ferry — con firewalld: sudo firewall-cmd --permanent --add-service=ferry (consulte «Troubleshooting» en el README de Ferry).</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::PeerListModel</name>
    <message>
        <source>Unnamed device (%1)</source>
        <translation>Dispositivo sin nombre (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::RequestDialog</name>
    <message>
        <source>Incoming files — Ferry</source>
        <translation>Archivos entrantes — Ferry</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Tiempo restante para responder</translation>
    </message>
    <message>
        <source>Ferry&apos;s network was stopped, so this request is no longer open.</source>
        <translation>La red de Ferry se detuvo, así que esta solicitud ya no está abierta.</translation>
    </message>
    <message>
        <source>Ferry&apos;s network is off, so this request is no longer open.</source>
        <translation>La red de Ferry está desactivada, así que esta solicitud ya no está abierta.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 quiere enviarle archivos</translation>
    </message>
    <message>
        <source>Device identity: %1</source>
        <translation>Identidad del dispositivo: %1</translation>
    </message>
    <message>
        <source>Full identity: %1
Fingerprint: %2</source>
        <translation>Identidad completa: %1
Huella digital: %2</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>Mensaje: «%1»</translation>
    </message>
    <message>
        <source>Files offered</source>
        <translation>Archivos ofrecidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>folder size (file count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>items not listed</comment>
        <translation>
            <numerusform>+ %n más</numerusform>
            <numerusform>+ %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>Total: %1 en %2</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change destination folder</source>
        <translation>Cambiar la carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>Espacio libre:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 — not enough for these files (%2 needed)</source>
        <translation>%1 — no es suficiente para estos archivos (se necesitan %2)</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Guardar los archivos en</translation>
    </message>
    <message>
        <source>Rejected automatically in %1 if not answered.</source>
        <translation>Se rechazará automáticamente en %1 si no se responde.</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>No se pudo aceptar: %1</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>Esta solicitud ya no está abierta.</translation>
    </message>
    <message>
        <source>Nobody answered in time, so the request was rejected.</source>
        <translation>Nadie respondió a tiempo, así que se rechazó la solicitud.</translation>
    </message>
    <message>
        <source>This request was rejected.</source>
        <translation>Se rechazó esta solicitud.</translation>
    </message>
    <message>
        <source>%1 withdrew the request.</source>
        <translation>%1 retiró la solicitud.</translation>
    </message>
    <message>
        <source>This request was accepted.</source>
        <translation>Se aceptó esta solicitud.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SendToDialog</name>
    <message>
        <source>Send to Device — Ferry</source>
        <translation>Enviar a un dispositivo — Ferry</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>Send %1 to:</source>
        <translation>Enviar %1 a:</translation>
    </message>
    <message>
        <source>&amp;Devices nearby:</source>
        <translation>&amp;Dispositivos cercanos:</translation>
    </message>
    <message>
        <source>Nearby devices</source>
        <translation>Dispositivos cercanos</translation>
    </message>
    <message>
        <source>Choose the devices to send to. Space selects or deselects the current device.</source>
        <translation>Elija los dispositivos a los que enviar. La barra espaciadora selecciona o deselecciona el dispositivo actual.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
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
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found: %1</source>
        <comment>nothing else was given</comment>
        <translation>
            <numerusform>No se encontró %n elemento: %1</numerusform>
            <numerusform>No se encontraron %n elementos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found and will not be sent: %1</source>
        <translation>
            <numerusform>No se encontró %n elemento y no se enviará: %1</numerusform>
            <numerusform>No se encontraron %n elementos y no se enviarán: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>No device found yet.
Devices running Ferry on this network appear here as soon as they are found.</source>
        <translation>Aún no se ha encontrado ningún dispositivo.
Los dispositivos que ejecutan Ferry en esta red aparecen aquí en cuanto se encuentran.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Device(s)</source>
        <translation>
            <numerusform>&amp;Enviar a %n dispositivo</numerusform>
            <numerusform>&amp;Enviar a %n dispositivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SettingsDialog</name>
    <message>
        <source>Settings — Ferry</source>
        <translation>Preferencias — Ferry</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nombre del dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Elegir la carpeta de descargas</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Carpeta de &amp;descargas:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>An incoming request nobody answers is rejected after this time.</source>
        <translation>Una solicitud entrante que nadie responde se rechaza pasado este tiempo.</translation>
    </message>
    <message>
        <source>&amp;Answer requests within:</source>
        <translation>Plazo para &amp;responder:</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the system tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Enable networking (discovery and transfers)</source>
        <translation>&amp;Activar la red (detección y transferencias)</translation>
    </message>
    <message>
        <source>Look for devices on every network &amp;interface</source>
        <translation>Buscar dispositivos en todas las &amp;interfaces de red</translation>
    </message>
    <message>
        <source>&amp;Only on these interfaces:</source>
        <translation>&amp;Solo en estas interfaces:</translation>
    </message>
    <message>
        <source>Discovery interfaces</source>
        <translation>Interfaces de detección</translation>
    </message>
    <message>
        <source>Use the default &amp;port (%1)</source>
        <translation>Usar el &amp;puerto predeterminado (%1)</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Puerto de escucha</translation>
    </message>
    <message>
        <source>Listening port:</source>
        <translation>Puerto de escucha:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface name (its description)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not present now)</source>
        <translation>%1 (no disponible ahora)</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>No hay bandeja del sistema en este escritorio.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>La carpeta de descargas debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>La carpeta de descargas %1 no existe.</translation>
    </message>
    <message>
        <source>Ferry cannot write in the download folder %1.</source>
        <translation>Ferry no puede escribir en la carpeta de descargas %1.</translation>
    </message>
    <message>
        <source>Choose at least one network interface, or look on every interface.</source>
        <translation>Elija al menos una interfaz de red o busque en todas las interfaces.</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Ferry uses the new language from its next start.</source>
        <translation>Ferry usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransferHistory</name>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it is not a transfer history</source>
        <translation>no es un historial de transferencias</translation>
    </message>
    <message>
        <source>it has version %1, this version of Ferry reads version %2</source>
        <translation>tiene la versión %1; esta versión de Ferry lee la versión %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2); it was moved to %3.</source>
        <translation>No se pudo leer el historial de transferencias %1 (%2); se movió a %3.</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2) nor moved aside.</source>
        <translation>No se pudo leer el historial de transferencias %1 (%2) ni apartarlo.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 es un enlace simbólico</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of the parts of a status line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>If the sender has not resumed it by %1, it is given up and its partial files are deleted</source>
        <translation>Si el remitente no la ha reanudado antes del %1, se abandona y se borran sus archivos parciales</translation>
    </message>
    <message>
        <source>If the device cannot be reached by %1, the transfer is given up</source>
        <translation>Si no se puede contactar con el dispositivo antes del %1, la transferencia se abandona</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransfersView</name>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>No transfers yet. Drop files or folders on a device to send them, or use Send files…</source>
        <translation>Aún no hay transferencias. Suelte archivos o carpetas sobre un dispositivo para enviarlos, o use Enviar archivos…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Abrir carp&amp;eta</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Sho&amp;w file</source>
        <translation>&amp;Mostrar archivo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Limpiar terminadas</translation>
    </message>
    <message>
        <source>This transfer cannot be paused now.</source>
        <translation>Esta transferencia no se puede pausar ahora.</translation>
    </message>
    <message>
        <source>This transfer cannot be resumed now.</source>
        <translation>Esta transferencia no se puede reanudar ahora.</translation>
    </message>
    <message>
        <source>This transfer cannot be cancelled now.</source>
        <translation>Esta transferencia no se puede cancelar ahora.</translation>
    </message>
    <message>
        <source>This transfer cannot be sent again now.</source>
        <translation>Esta transferencia no se puede volver a enviar ahora.</translation>
    </message>
    <message>
        <source>Only finished transfers can be removed.</source>
        <translation>Solo se pueden quitar las transferencias terminadas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <source>No application could show %1.</source>
        <translation>Ninguna aplicación pudo mostrar %1.</translation>
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
        <translation>&amp;Mostrar Ferry</translation>
    </message>
    <message>
        <source>Send &amp;Files To</source>
        <translation>Enviar &amp;archivos a</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>&amp;Salir de Ferry</translation>
    </message>
    <message>
        <source>No device found</source>
        <translation>No se encontró ningún dispositivo</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry sigue en ejecución</translation>
    </message>
    <message>
        <source>Ferry keeps receiving files in the background. Quit it from the tray menu.</source>
        <translation>Ferry sigue recibiendo archivos en segundo plano. Puede salir desde el menú de la bandeja.</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 quiere enviarle archivos</translation>
    </message>
    <message>
        <source>%1 (%2). Click to answer.</source>
        <translation>%1 (%2). Pulse para responder.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Archivos recibidos</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>Archivos enviados</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Receiving failed</source>
        <translation>Falló la recepción</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Falló el envío</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <translation>quedan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
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
            <numerusform>%n carpeta</numerusform>
            <numerusform>%n carpetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>a file name and how many other items</comment>
        <translation>
            <numerusform>%1 + %n más</numerusform>
            <numerusform>%1 + %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Connecting to the device…</source>
        <translation>Conectando con el dispositivo…</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Esperando su respuesta</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recibiendo</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>Pausada por %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Interrupted (%1): sending again when the device is back</source>
        <translation>Interrumpida (%1): se volverá a enviar cuando el dispositivo vuelva a estar disponible</translation>
    </message>
    <message>
        <source>Interrupted (%1): continues if the sender tries again</source>
        <translation>Interrumpida (%1): continuará si el remitente lo vuelve a intentar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Cancelada por %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>sent to a device</comment>
        <translation>a %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>received from a device</comment>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Rejected: nobody answered on the device in time</source>
        <translation>Rechazada: nadie respondió a tiempo en el dispositivo</translation>
    </message>
    <message>
        <source>Rejected: not answered in time</source>
        <translation>Rechazada: no se respondió a tiempo</translation>
    </message>
    <message>
        <source>Rejected: not enough free space on the device</source>
        <translation>Rechazada: no hay suficiente espacio libre en el dispositivo</translation>
    </message>
    <message>
        <source>Rejected: not enough free space here</source>
        <translation>Rechazada: no hay suficiente espacio libre aquí</translation>
    </message>
    <message>
        <source>Rejected: too large for the device</source>
        <translation>Rechazada: demasiado grande para el dispositivo</translation>
    </message>
    <message>
        <source>Rejected: too large</source>
        <translation>Rechazada: demasiado grande</translation>
    </message>
    <message>
        <source>Rejected: the device has too many requests waiting</source>
        <translation>Rechazada: el dispositivo tiene demasiadas solicitudes pendientes</translation>
    </message>
    <message>
        <source>Rejected: too many requests were waiting</source>
        <translation>Rechazada: había demasiadas solicitudes pendientes</translation>
    </message>
    <message>
        <source>Rejected: the device does not accept files now</source>
        <translation>Rechazada: el dispositivo no acepta archivos ahora</translation>
    </message>
    <message>
        <source>Rejected: files could not be accepted now</source>
        <translation>Rechazada: no se pudieron aceptar archivos ahora</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Rechazada por %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>sin errores</translation>
    </message>
    <message>
        <source>could not connect to the device</source>
        <translation>no se pudo conectar con el dispositivo</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>no se pudo establecer la conexión segura</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>se perdió la conexión</translation>
    </message>
    <message>
        <source>the device is not connected</source>
        <translation>el dispositivo no está conectado</translation>
    </message>
    <message>
        <source>the device stopped answering</source>
        <translation>el dispositivo dejó de responder</translation>
    </message>
    <message>
        <source>Ferry was closed on the device</source>
        <translation>Ferry se cerró en el dispositivo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the data arrived damaged</source>
        <translation>los datos llegaron dañados</translation>
    </message>
    <message>
        <source>a file changed while it was being sent</source>
        <translation>un archivo cambió mientras se enviaba</translation>
    </message>
    <message>
        <source>a file could not be read</source>
        <translation>no se pudo leer un archivo</translation>
    </message>
    <message>
        <source>a file could not be written</source>
        <translation>no se pudo escribir un archivo</translation>
    </message>
    <message>
        <source>the device is not the one expected</source>
        <translation>el dispositivo no es el esperado</translation>
    </message>
    <message>
        <source>the device runs an incompatible version of Ferry</source>
        <translation>el dispositivo ejecuta una versión incompatible de Ferry</translation>
    </message>
    <message>
        <source>the device is too busy</source>
        <translation>el dispositivo está demasiado ocupado</translation>
    </message>
    <message>
        <source>protocol error (%1)</source>
        <translation>error de protocolo (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an error and its detail</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
