<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Ferry::App::ControlClient</name>
    <message>
        <source>the node did not answer</source>
        <translation>o nó não respondeu</translation>
    </message>
    <message>
        <source>closed by this front-end</source>
        <translation>fechado por este front-end</translation>
    </message>
    <message>
        <source>expected a welcome, got %1</source>
        <translation>era esperada uma mensagem de boas-vindas, mas foi recebido %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::ControlServer</name>
    <message>
        <source>the node is restarting (its settings changed)</source>
        <translation>o nó está reiniciando (as configurações dele mudaram)</translation>
    </message>
    <message>
        <source>the node could not start: %1</source>
        <translation>não foi possível iniciar o nó: %1</translation>
    </message>
    <message>
        <source>this process does not own the data folder %1</source>
        <translation>este processo não é o dono da pasta de dados %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>não é possível escutar em %1: %2</translation>
    </message>
    <message>
        <source>too many front-ends are attached to this node</source>
        <translation>há front-ends demais conectados a este nó</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>nenhum hello recebido em %1 ms</translation>
    </message>
    <message>
        <source>hello was said already</source>
        <translation>o hello já foi enviado</translation>
    </message>
    <message>
        <source>the first message must be hello</source>
        <translation>a primeira mensagem deve ser hello</translation>
    </message>
    <message>
        <source>a front-end cannot send %1</source>
        <translation>um front-end não pode enviar %1</translation>
    </message>
    <message>
        <source>the node is starting</source>
        <translation>o nó está iniciando</translation>
    </message>
    <message>
        <source>control protocol %1 is not spoken here (this node speaks %2)</source>
        <translation>o protocolo de controle %1 não é suportado aqui (este nó usa o %2)</translation>
    </message>
    <message>
        <source>subscribed already</source>
        <translation>já inscrito</translation>
    </message>
    <message>
        <source>this node has no window</source>
        <translation>este nó não tem janela</translation>
    </message>
    <message>
        <source>paths must be absolute: %1</source>
        <translation>os caminhos devem ser absolutos: %1</translation>
    </message>
    <message>
        <source>the destination must be an absolute path</source>
        <translation>o destino deve ser um caminho absoluto</translation>
    </message>
    <message>
        <source>not a command</source>
        <translation>não é um comando</translation>
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
        <translation>O Ferry não pode iniciar: %1</translation>
    </message>
    <message>
        <source>Ferry could not hand the files to its window: %1</source>
        <translation>O Ferry não conseguiu entregar os arquivos à sua janela: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are too many to hand over at once.</source>
        <translation>
            <numerusform>%n item é demais para entregar de uma só vez.</numerusform>
            <numerusform>%n itens são demais para entregar de uma só vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>it did not answer.</source>
        <translation>ela não respondeu.</translation>
    </message>
    <message>
        <source>Ferry is already running</source>
        <translation>O Ferry já está em execução</translation>
    </message>
    <message>
        <source>Ferry already runs in the background here (%1).

Stop it and open the Ferry window instead? Unfinished transfers are kept and resume.</source>
        <translation>O Ferry já está em execução em segundo plano aqui (%1).

Encerrá-lo e abrir a janela do Ferry? As transferências não concluídas são mantidas e retomadas.</translation>
    </message>
    <message>
        <source>Stop It and Open Ferry</source>
        <translation>Encerrar e abrir o Ferry</translation>
    </message>
    <message>
        <source>The Ferry that runs in the background did not stop. Stop it (for example with Ctrl+C in its terminal) and start Ferry again.</source>
        <translation>O Ferry em execução em segundo plano não foi encerrado. Encerre-o (por exemplo, com Ctrl+C no terminal dele) e inicie o Ferry novamente.</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Ferry could not write its settings to %1. They apply until Ferry quits.</source>
        <translation>O Ferry não conseguiu gravar as configurações em %1. Elas valem até o Ferry ser fechado.</translation>
    </message>
</context>
<context>
    <name>Ferry::App::KeychainSecretStore</name>
    <message>
        <source>Secret Service keychain</source>
        <translation>chaveiro do Secret Service</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) did not answer in %1 s</source>
        <translation>o chaveiro (Secret Service) não respondeu em %1 s</translation>
    </message>
</context>
<context>
    <name>Ferry::App::LocalNodeAccess</name>
    <message>
        <source>the node has stopped</source>
        <translation>o nó parou</translation>
    </message>
    <message>
        <source>no offer is waiting with this id</source>
        <translation>nenhuma oferta com este id está aguardando</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>the offer was already accepted%1</source>
        <translation>a oferta já foi aceita%1</translation>
    </message>
    <message>
        <source>the offer was already declined%1</source>
        <translation>a oferta já foi recusada%1</translation>
    </message>
    <message>
        <source>the offer timed out</source>
        <translation>o tempo da oferta se esgotou</translation>
    </message>
    <message>
        <source>the sender withdrew the offer</source>
        <translation>o remetente retirou a oferta</translation>
    </message>
    <message>
        <source>cannot %1 this transfer: it is unknown or not in a state that allows it</source>
        <translation>não é possível executar “%1” nesta transferência: ela é desconhecida ou não está em um estado que permita isso</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeAccess</name>
    <message>
        <source>no device called %1</source>
        <translation>nenhum dispositivo chamado %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 corresponde a %2 dispositivos: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeConnector</name>
    <message>
        <source>a Ferry node already runs for the data folder %1: %2</source>
        <translation>um nó do Ferry já está em execução para a pasta de dados %1: %2</translation>
    </message>
    <message>
        <source>the running Ferry node went away: %1</source>
        <translation>o nó do Ferry em execução desapareceu: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::RemoteNodeAccess</name>
    <message>
        <source>the command is too large for the control connection</source>
        <translation>o comando é grande demais para a conexão de controle</translation>
    </message>
    <message>
        <source>the connection to the node is closed</source>
        <translation>a conexão com o nó está fechada</translation>
    </message>
    <message>
        <source>the connection to the node was lost: %1</source>
        <translation>a conexão com o nó foi perdida: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::FileSecretStore</name>
    <message>
        <source>file in %1</source>
        <translation>arquivo em %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 é um link simbólico, não um arquivo comum</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 não existe</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 não é um arquivo comum</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 pertence a outro usuário</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users (permissions %2); refusing to use it. Make it readable only by you (chmod 600) or delete it</source>
        <translation>%1 pode ser acessado por outros usuários (permissões %2); ele não será usado. Torne-o legível somente por você (chmod 600) ou exclua-o</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes a secret may have</source>
        <translation>%1 tem %2 bytes, mais que os %3 bytes que um segredo pode ter</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 é maior que %2 bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>a secret of %1 bytes is larger than the %2 bytes allowed</source>
        <translation>um segredo de %1 bytes é maior que os %2 bytes permitidos</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>não é possível restringir as permissões de %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>não é possível excluir %1: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 existe e não é um diretório</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>não é possível criar o diretório %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IdentityStore</name>
    <message>
        <source>timed out: no answer within %1 s</source>
        <translation>tempo esgotado: nenhuma resposta em %1 s</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>nenhum chaveiro do sistema está disponível</translation>
    </message>
    <message>
        <source>The system keychain holds no device key, and the fallback key could not be checked: %1. Ferry does not create a new identity while an existing key may be unreadable.</source>
        <translation>O chaveiro do sistema não contém uma chave do dispositivo, e não foi possível verificar a chave reserva: %1. O Ferry não cria uma nova identidade enquanto uma chave existente puder estar ilegível.</translation>
    </message>
    <message>
        <source>Could not generate a device key (OpenSSL failed).</source>
        <translation>Não foi possível gerar uma chave do dispositivo (falha no OpenSSL).</translation>
    </message>
    <message>
        <source>The device key could not be stored: %1.</source>
        <translation>Não foi possível armazenar a chave do dispositivo: %1.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and there is no fallback key file.</source>
        <translation>Não foi possível usar o chaveiro do sistema (%1), e não há arquivo de chave reserva.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and the fallback key could not be read: %2.</source>
        <translation>Não foi possível usar o chaveiro do sistema (%1), e não foi possível ler a chave reserva: %2.</translation>
    </message>
    <message>
        <source>The device key could not be stored: the system keychain could not be used (%1), and writing the fallback key failed (%2).</source>
        <translation>Não foi possível armazenar a chave do dispositivo: não foi possível usar o chaveiro do sistema (%1), e a gravação da chave reserva falhou (%2).</translation>
    </message>
    <message>
        <source>The device key stored in %1 under &quot;%2&quot; is corrupt (%3 bytes; a key has %4). Ferry will not replace it, because that would change this device&apos;s identity. Remove that entry to start over with a new identity.</source>
        <translation>A chave do dispositivo armazenada em %1 sob &quot;%2&quot; está corrompida (%3 bytes; uma chave tem %4). O Ferry não vai substituí-la, pois isso mudaria a identidade deste dispositivo. Remova essa entrada para recomeçar com uma nova identidade.</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>o armazenamento de segredos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). This device&apos;s private key is kept instead in a file that only your user account can read (%2).</source>
        <translation>Não foi possível usar o chaveiro do sistema (%1). Em vez disso, a chave privada deste dispositivo é mantida em um arquivo que somente a sua conta de usuário pode ler (%2).</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IncomingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>o Ferry foi fechado durante a transferência</translation>
    </message>
    <message>
        <source>this request is no longer waiting for an answer</source>
        <translation>esta solicitação não está mais aguardando resposta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or cannot be written to</source>
        <translation>a pasta %1 não existe ou não permite gravação</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 bytes needed, %3 available</source>
        <translation>espaço livre insuficiente em %1: %2 bytes necessários, %3 disponíveis</translation>
    </message>
    <message>
        <source>cannot record the transfer: %1</source>
        <translation>não é possível registrar a transferência: %1</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME malformado</translation>
    </message>
    <message>
        <source>unexpected message while receiving</source>
        <translation>mensagem inesperada durante o recebimento</translation>
    </message>
    <message>
        <source>data before the answer</source>
        <translation>dados antes da resposta</translation>
    </message>
    <message>
        <source>the sender stopped before sending every file</source>
        <translation>o remetente parou antes de enviar todos os arquivos</translation>
    </message>
    <message>
        <source>the sender ended before its offer</source>
        <translation>o remetente encerrou antes de enviar a oferta</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>recusada</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>cancelada aqui</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::InterruptionExpiry</name>
    <message>
        <source>given up: the sender has not resumed it since %1, so its partial files were deleted</source>
        <translation>desistido: o remetente não a retomou desde %1, então seus arquivos parciais foram excluídos</translation>
    </message>
    <message>
        <source>given up: the device could not be reached to resume it since %1</source>
        <translation>desistido: não foi possível alcançar o dispositivo para retomá-la desde %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::OutgoingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>o Ferry foi fechado durante a transferência</translation>
    </message>
    <message>
        <source>the device could not be reached</source>
        <translation>não foi possível alcançar o dispositivo</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME malformado</translation>
    </message>
    <message>
        <source>malformed DONE</source>
        <translation>DONE malformado</translation>
    </message>
    <message>
        <source>unexpected message of kind %1 while sending</source>
        <translation>mensagem inesperada do tipo %1 durante o envio</translation>
    </message>
    <message>
        <source>expected an answer to the offer</source>
        <translation>era esperada uma resposta à oferta</translation>
    </message>
    <message>
        <source>ACCEPT names a resume point outside the offer</source>
        <translation>ACCEPT indica um ponto de retomada fora da oferta</translation>
    </message>
    <message>
        <source>the transfer stalled: nothing moved for %1 s</source>
        <translation>a transferência travou: nada foi transferido em %1 s</translation>
    </message>
    <message>
        <source>the receiver ended the transfer without confirming it</source>
        <translation>o destinatário encerrou a transferência sem confirmá-la</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>cancelada aqui</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::PeerRegistry</name>
    <message>
        <source>no device called %1</source>
        <translation>nenhum dispositivo chamado %1</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 corresponde a %2 dispositivos: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::SpacedropService</name>
    <message>
        <source>there is nothing to send</source>
        <translation>não há nada para enviar</translation>
    </message>
    <message>
        <source>there is no request waiting with this id</source>
        <translation>nenhuma solicitação com este id está aguardando</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>cancelada aqui</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::AboutDialog</name>
    <message>
        <source>About Ferry</source>
        <translation>Sobre o Ferry</translation>
    </message>
    <message>
        <source>Ferry %1
Share files with devices on your local network.</source>
        <translation>Ferry %1
Compartilhe arquivos com dispositivos na sua rede local.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Short identity</source>
        <translation>Identidade curta</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation>Chave privada mantida em</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identidade:</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>Forma curta:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>Chave privada mantida em:</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso do chaveiro</translation>
    </message>
    <message>
        <source>&amp;Copy identity</source>
        <translation>&amp;Copiar identidade</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>ainda não carregada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Não foi possível usar o chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>the private key is kept in a file that only you can read.</source>
        <translation>a chave privada é mantida em um arquivo que somente você pode ler.</translation>
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
        <translation>Disponível</translation>
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
Identidade: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceListView</name>
    <message>
        <source>Nearby devices</source>
        <translation>Dispositivos próximos</translation>
    </message>
    <message>
        <source>Drop files or folders on a device to send them to it.</source>
        <translation>Solte arquivos ou pastas sobre um dispositivo para enviá-los a ele.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DevicePanel</name>
    <message>
        <source>&amp;Send Files…</source>
        <translation>&amp;Enviar arquivos…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Send files to the selected devices (%1)</source>
        <translation>Enviar arquivos para os dispositivos selecionados (%1)</translation>
    </message>
    <message>
        <source>Send &amp;Folder…</source>
        <translation>Enviar &amp;pasta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Send a folder to the selected devices (%1)</source>
        <translation>Enviar uma pasta para os dispositivos selecionados (%1)</translation>
    </message>
    <message>
        <source>&amp;Devices nearby</source>
        <translation>&amp;Dispositivos próximos</translation>
    </message>
    <message>
        <source>Select a device to send to first.</source>
        <translation>Primeiro, selecione um dispositivo de destino.</translation>
    </message>
    <message>
        <source>Send a folder to %1</source>
        <translation>Enviar uma pasta para %1</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>Enviar arquivos para %1</translation>
    </message>
    <message numerus="yes">
        <source>Send a folder to %n devices</source>
        <translation>
            <numerusform>Enviar uma pasta para %n dispositivo</numerusform>
            <numerusform>Enviar uma pasta para %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send files to %n devices</source>
        <translation>
            <numerusform>Enviar arquivos para %n dispositivo</numerusform>
            <numerusform>Enviar arquivos para %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Networking is off: turn it on in Settings to send files.</source>
        <translation>A rede está desativada: ative-a nas Configurações para enviar arquivos.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Enviando %1 para %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n devices…</source>
        <translation>
            <numerusform>Enviando %1 para %n dispositivo…</numerusform>
            <numerusform>Enviando %1 para %n dispositivos…</numerusform>
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
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>&amp;Sobre o Ferry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>&amp;Transferências</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Porta de escuta</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Ferry cannot use the network: %1</source>
        <translation>O Ferry não pode usar a rede: %1</translation>
    </message>
    <message>
        <source>This device&apos;s private key is kept in a file, because the system keychain could not be used: %1 (Help ▸ About Ferry has the details.)</source>
        <translation>A chave privada deste dispositivo é mantida em um arquivo, porque não foi possível usar o chaveiro do sistema: %1 (Veja os detalhes em Ajuda ▸ Sobre o Ferry.)</translation>
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
        <translation>Porta %1</translation>
    </message>
    <message>
        <source>Networking off</source>
        <translation>Rede desativada</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <source>Networking on</source>
        <translation>Rede ativada</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Sair do Ferry?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are not finished.</source>
        <translation>
            <numerusform>%n transferência não foi concluída.</numerusform>
            <numerusform>%n transferências não foram concluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: unfinished transfers are kept and continue from where they stopped when Ferry runs again.</source>
        <translation>Nada será perdido: as transferências não concluídas são mantidas e continuam de onde pararam quando o Ferry for executado novamente.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continuar em execução</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::NoDevicesHint</name>
    <message>
        <source>Turn &amp;networking on</source>
        <translation>&amp;Ativar a rede</translation>
    </message>
    <message>
        <source>Turn networking on</source>
        <translation>Ativar a rede</translation>
    </message>
    <message>
        <source>Open setti&amp;ngs…</source>
        <translation>Abrir &amp;configurações…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <source>Networking is off</source>
        <translation>A rede está desativada</translation>
    </message>
    <message>
        <source>While networking is off, Ferry does not look for devices and cannot send or receive files.</source>
        <translation>Enquanto a rede estiver desativada, o Ferry não procura dispositivos e não pode enviar nem receber arquivos.</translation>
    </message>
    <message>
        <source>Ferry cannot use the network</source>
        <translation>O Ferry não pode usar a rede</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Ferry is getting ready to look for devices.</source>
        <translation>O Ferry está se preparando para procurar dispositivos.</translation>
    </message>
    <message>
        <source>No device found yet</source>
        <translation>Nenhum dispositivo encontrado ainda</translation>
    </message>
    <message>
        <source>Devices running Ferry on this network appear here by themselves. If one does not:
• Start Ferry on the other device.
• Connect both to the same network (the same Wi-Fi or wired network; guest networks often keep devices apart).
• Let the firewall on both devices allow Ferry: TCP port %1 for transfers and UDP port %2 for discovery.</source>
        <translation>Os dispositivos que executam o Ferry nesta rede aparecem aqui automaticamente. Se algum não aparecer:
• Inicie o Ferry no outro dispositivo.
• Conecte ambos à mesma rede (a mesma rede Wi-Fi ou cabeada; redes de convidados costumam isolar os dispositivos).
• Configure o firewall dos dois dispositivos para permitir o Ferry: porta TCP %1 para transferências e porta UDP %2 para descoberta.</translation>
    </message>
    <message>
        <source>• With ufw: sudo ufw allow ferry — with firewalld: sudo firewall-cmd --permanent --add-service=ferry (see “Troubleshooting” in Ferry&apos;s README).</source>
        <translation>• Com ufw: sudo ufw allow ferry — com firewalld: sudo firewall-cmd --permanent --add-service=ferry (veja “Troubleshooting” no README do Ferry).</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::PeerListModel</name>
    <message>
        <source>Unnamed device (%1)</source>
        <translation>Dispositivo sem nome (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::RequestDialog</name>
    <message>
        <source>Incoming files — Ferry</source>
        <translation>Recebimento de arquivos — Ferry</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Tempo restante para responder</translation>
    </message>
    <message>
        <source>Ferry&apos;s network was stopped, so this request is no longer open.</source>
        <translation>A rede do Ferry foi parada, então esta solicitação não está mais aberta.</translation>
    </message>
    <message>
        <source>Ferry&apos;s network is off, so this request is no longer open.</source>
        <translation>A rede do Ferry está desativada, então esta solicitação não está mais aberta.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 quer enviar arquivos para você</translation>
    </message>
    <message>
        <source>Device identity: %1</source>
        <translation>Identidade do dispositivo: %1</translation>
    </message>
    <message>
        <source>Full identity: %1
Fingerprint: %2</source>
        <translation>Identidade completa: %1
Impressão digital: %2</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>Mensagem: “%1”</translation>
    </message>
    <message>
        <source>Files offered</source>
        <translation>Arquivos oferecidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>folder size (file count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>items not listed</comment>
        <translation>
            <numerusform>+ %n outro</numerusform>
            <numerusform>+ %n outros</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>Total: %1 em %2</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>A&amp;lterar…</translation>
    </message>
    <message>
        <source>Change destination folder</source>
        <translation>Alterar pasta de destino</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>Espaço livre:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 — not enough for these files (%2 needed)</source>
        <translation>%1 — insuficiente para estes arquivos (%2 necessários)</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Salvar os arquivos em</translation>
    </message>
    <message>
        <source>Rejected automatically in %1 if not answered.</source>
        <translation>Será recusada automaticamente em %1 se não for respondida.</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>Não foi possível aceitar: %1</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>Esta solicitação não está mais aberta.</translation>
    </message>
    <message>
        <source>Nobody answered in time, so the request was rejected.</source>
        <translation>Ninguém respondeu a tempo, então a solicitação foi recusada.</translation>
    </message>
    <message>
        <source>This request was rejected.</source>
        <translation>Esta solicitação foi recusada.</translation>
    </message>
    <message>
        <source>%1 withdrew the request.</source>
        <translation>%1 retirou a solicitação.</translation>
    </message>
    <message>
        <source>This request was accepted.</source>
        <translation>Esta solicitação foi aceita.</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SendToDialog</name>
    <message>
        <source>Send to Device — Ferry</source>
        <translation>Enviar para dispositivo — Ferry</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nada para enviar.</translation>
    </message>
    <message>
        <source>Send %1 to:</source>
        <translation>Enviar %1 para:</translation>
    </message>
    <message>
        <source>&amp;Devices nearby:</source>
        <translation>&amp;Dispositivos próximos:</translation>
    </message>
    <message>
        <source>Nearby devices</source>
        <translation>Dispositivos próximos</translation>
    </message>
    <message>
        <source>Choose the devices to send to. Space selects or deselects the current device.</source>
        <translation>Escolha os dispositivos de destino. A tecla Espaço marca ou desmarca o dispositivo atual.</translation>
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
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found: %1</source>
        <comment>nothing else was given</comment>
        <translation>
            <numerusform>%n item não foi encontrado: %1</numerusform>
            <numerusform>%n itens não foram encontrados: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found and will not be sent: %1</source>
        <translation>
            <numerusform>%n item não foi encontrado e não será enviado: %1</numerusform>
            <numerusform>%n itens não foram encontrados e não serão enviados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>No device found yet.
Devices running Ferry on this network appear here as soon as they are found.</source>
        <translation>Nenhum dispositivo encontrado ainda.
Os dispositivos que executam o Ferry nesta rede aparecem aqui assim que são encontrados.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Device(s)</source>
        <translation>
            <numerusform>&amp;Enviar para %n dispositivo</numerusform>
            <numerusform>&amp;Enviar para %n dispositivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SettingsDialog</name>
    <message>
        <source>Settings — Ferry</source>
        <translation>Configurações — Ferry</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nome do dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Escolha a pasta de downloads</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Pasta de &amp;downloads:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>An incoming request nobody answers is rejected after this time.</source>
        <translation>Uma solicitação recebida que ninguém responder será recusada após esse tempo.</translation>
    </message>
    <message>
        <source>&amp;Answer requests within:</source>
        <translation>&amp;Responder solicitações em até:</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the system tray</source>
        <translation>Iniciar &amp;minimizado na bandeja do sistema</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>&amp;Enable networking (discovery and transfers)</source>
        <translation>&amp;Ativar a rede (descoberta e transferências)</translation>
    </message>
    <message>
        <source>Look for devices on every network &amp;interface</source>
        <translation>Procurar dispositivos em todas as &amp;interfaces de rede</translation>
    </message>
    <message>
        <source>&amp;Only on these interfaces:</source>
        <translation>&amp;Somente nestas interfaces:</translation>
    </message>
    <message>
        <source>Discovery interfaces</source>
        <translation>Interfaces de descoberta</translation>
    </message>
    <message>
        <source>Use the default &amp;port (%1)</source>
        <translation>Usar a &amp;porta padrão (%1)</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>Porta de escuta</translation>
    </message>
    <message>
        <source>Listening port:</source>
        <translation>Porta de escuta:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface name (its description)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not present now)</source>
        <translation>%1 (ausente no momento)</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>Não há bandeja do sistema neste ambiente de trabalho.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>A pasta de downloads deve ser um caminho completo, como %1.</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>A pasta de downloads %1 não existe.</translation>
    </message>
    <message>
        <source>Ferry cannot write in the download folder %1.</source>
        <translation>O Ferry não pode gravar na pasta de downloads %1.</translation>
    </message>
    <message>
        <source>Choose at least one network interface, or look on every interface.</source>
        <translation>Escolha pelo menos uma interface de rede ou procure em todas as interfaces.</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Pasta de downloads</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Ferry uses the new language from its next start.</source>
        <translation>O Ferry usará o novo idioma a partir da próxima inicialização.</translation>
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
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>é maior que %1 bytes</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>it is not a transfer history</source>
        <translation>não é um histórico de transferências</translation>
    </message>
    <message>
        <source>it has version %1, this version of Ferry reads version %2</source>
        <translation>está na versão %1, e esta versão do Ferry lê a versão %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2); it was moved to %3.</source>
        <translation>Não foi possível ler o histórico de transferências %1 (%2); ele foi movido para %3.</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2) nor moved aside.</source>
        <translation>Não foi possível ler o histórico de transferências %1 (%2) nem movê-lo para outro lugar.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 é um link simbólico</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>não é possível salvar %1: %2</translation>
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
        <translation>Se o remetente não a retomar até %1, ela será abandonada e seus arquivos parciais serão excluídos</translation>
    </message>
    <message>
        <source>If the device cannot be reached by %1, the transfer is given up</source>
        <translation>Se o dispositivo não puder ser alcançado até %1, a transferência será abandonada</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransfersView</name>
    <message>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>No transfers yet. Drop files or folders on a device to send them, or use Send files…</source>
        <translation>Nenhuma transferência ainda. Solte arquivos ou pastas sobre um dispositivo para enviá-los ou use Enviar arquivos…</translation>
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
        <translation>&amp;Retomar</translation>
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
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Sho&amp;w file</source>
        <translation>&amp;Mostrar arquivo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>Remover da &amp;lista</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>L&amp;impar concluídas</translation>
    </message>
    <message>
        <source>This transfer cannot be paused now.</source>
        <translation>Esta transferência não pode ser pausada agora.</translation>
    </message>
    <message>
        <source>This transfer cannot be resumed now.</source>
        <translation>Esta transferência não pode ser retomada agora.</translation>
    </message>
    <message>
        <source>This transfer cannot be cancelled now.</source>
        <translation>Esta transferência não pode ser cancelada agora.</translation>
    </message>
    <message>
        <source>This transfer cannot be sent again now.</source>
        <translation>Esta transferência não pode ser enviada novamente agora.</translation>
    </message>
    <message>
        <source>Only finished transfers can be removed.</source>
        <translation>Somente transferências concluídas podem ser removidas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Nenhum aplicativo conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>No application could show %1.</source>
        <translation>Nenhum aplicativo conseguiu mostrar %1.</translation>
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
        <translation>&amp;Mostrar o Ferry</translation>
    </message>
    <message>
        <source>Send &amp;Files To</source>
        <translation>&amp;Enviar arquivos para</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>Sai&amp;r do Ferry</translation>
    </message>
    <message>
        <source>No device found</source>
        <translation>Nenhum dispositivo encontrado</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>O Ferry continua em execução</translation>
    </message>
    <message>
        <source>Ferry keeps receiving files in the background. Quit it from the tray menu.</source>
        <translation>O Ferry continua recebendo arquivos em segundo plano. Para sair, use o menu da bandeja.</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 quer enviar arquivos para você</translation>
    </message>
    <message>
        <source>%1 (%2). Click to answer.</source>
        <translation>%1 (%2). Clique para responder.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Arquivos recebidos</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>Arquivos enviados</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>Receiving failed</source>
        <translation>Falha no recebimento</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Falha no envio</translation>
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
        <translation>termina em %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
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
            <numerusform>%n pasta</numerusform>
            <numerusform>%n pastas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>a file name and how many other items</comment>
        <translation>
            <numerusform>%1 + %n outro</numerusform>
            <numerusform>%1 + %n outros</numerusform>
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
        <translation>Conectando ao dispositivo…</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Aguardando resposta</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Aguardando sua resposta</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recebendo</translation>
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
        <translation>Interrompida (%1): será reenviada quando o dispositivo voltar</translation>
    </message>
    <message>
        <source>Interrupted (%1): continues if the sender tries again</source>
        <translation>Interrompida (%1): continua se o remetente tentar novamente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
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
        <translation>para %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>received from a device</comment>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Rejected: nobody answered on the device in time</source>
        <translation>Recusada: ninguém respondeu no dispositivo a tempo</translation>
    </message>
    <message>
        <source>Rejected: not answered in time</source>
        <translation>Recusada: não respondida a tempo</translation>
    </message>
    <message>
        <source>Rejected: not enough free space on the device</source>
        <translation>Recusada: espaço livre insuficiente no dispositivo</translation>
    </message>
    <message>
        <source>Rejected: not enough free space here</source>
        <translation>Recusada: espaço livre insuficiente aqui</translation>
    </message>
    <message>
        <source>Rejected: too large for the device</source>
        <translation>Recusada: grande demais para o dispositivo</translation>
    </message>
    <message>
        <source>Rejected: too large</source>
        <translation>Recusada: grande demais</translation>
    </message>
    <message>
        <source>Rejected: the device has too many requests waiting</source>
        <translation>Recusada: o dispositivo tem solicitações demais aguardando</translation>
    </message>
    <message>
        <source>Rejected: too many requests were waiting</source>
        <translation>Recusada: havia solicitações demais aguardando</translation>
    </message>
    <message>
        <source>Rejected: the device does not accept files now</source>
        <translation>Recusada: o dispositivo não está aceitando arquivos agora</translation>
    </message>
    <message>
        <source>Rejected: files could not be accepted now</source>
        <translation>Recusada: não foi possível aceitar arquivos agora</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Recusada por %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>nenhum erro</translation>
    </message>
    <message>
        <source>could not connect to the device</source>
        <translation>não foi possível conectar ao dispositivo</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>não foi possível estabelecer a conexão segura</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>a conexão foi perdida</translation>
    </message>
    <message>
        <source>the device is not connected</source>
        <translation>o dispositivo não está conectado</translation>
    </message>
    <message>
        <source>the device stopped answering</source>
        <translation>o dispositivo parou de responder</translation>
    </message>
    <message>
        <source>Ferry was closed on the device</source>
        <translation>o Ferry foi fechado no dispositivo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the data arrived damaged</source>
        <translation>os dados chegaram corrompidos</translation>
    </message>
    <message>
        <source>a file changed while it was being sent</source>
        <translation>um arquivo foi alterado durante o envio</translation>
    </message>
    <message>
        <source>a file could not be read</source>
        <translation>não foi possível ler um arquivo</translation>
    </message>
    <message>
        <source>a file could not be written</source>
        <translation>não foi possível gravar um arquivo</translation>
    </message>
    <message>
        <source>the device is not the one expected</source>
        <translation>o dispositivo não é o esperado</translation>
    </message>
    <message>
        <source>the device runs an incompatible version of Ferry</source>
        <translation>o dispositivo executa uma versão incompatível do Ferry</translation>
    </message>
    <message>
        <source>the device is too busy</source>
        <translation>o dispositivo está ocupado demais</translation>
    </message>
    <message>
        <source>protocol error (%1)</source>
        <translation>erro de protocolo (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an error and its detail</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
