<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Ferry::App::ControlClient</name>
    <message>
        <source>the node did not answer</source>
        <translation>ノードが応答しませんでした</translation>
    </message>
    <message>
        <source>closed by this front-end</source>
        <translation>このフロントエンドによって閉じられました</translation>
    </message>
    <message>
        <source>expected a welcome, got %1</source>
        <translation>welcome を受け取るはずでしたが、%1 を受け取りました</translation>
    </message>
</context>
<context>
    <name>Ferry::App::ControlServer</name>
    <message>
        <source>the node is restarting (its settings changed)</source>
        <translation>ノードを再起動しています (設定が変更されました)</translation>
    </message>
    <message>
        <source>the node could not start: %1</source>
        <translation>ノードを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>this process does not own the data folder %1</source>
        <translation>このプロセスはデータフォルダー %1 の所有者ではありません</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>too many front-ends are attached to this node</source>
        <translation>このノードに接続しているフロントエンドが多すぎます</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>%1 ms 以内に hello がありませんでした</translation>
    </message>
    <message>
        <source>hello was said already</source>
        <translation>hello はすでに送信されています</translation>
    </message>
    <message>
        <source>the first message must be hello</source>
        <translation>最初のメッセージは hello でなければなりません</translation>
    </message>
    <message>
        <source>a front-end cannot send %1</source>
        <translation>フロントエンドは %1 を送信できません</translation>
    </message>
    <message>
        <source>the node is starting</source>
        <translation>ノードを起動しています</translation>
    </message>
    <message>
        <source>control protocol %1 is not spoken here (this node speaks %2)</source>
        <translation>制御プロトコル %1 には対応していません (このノードが対応しているのは %2 です)</translation>
    </message>
    <message>
        <source>subscribed already</source>
        <translation>すでに購読しています</translation>
    </message>
    <message>
        <source>this node has no window</source>
        <translation>このノードにはウィンドウがありません</translation>
    </message>
    <message>
        <source>paths must be absolute: %1</source>
        <translation>パスは絶対パスで指定してください: %1</translation>
    </message>
    <message>
        <source>the destination must be an absolute path</source>
        <translation>保存先は絶対パスで指定してください</translation>
    </message>
    <message>
        <source>not a command</source>
        <translation>コマンドではありません</translation>
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
        <translation>Ferry を起動できません: %1</translation>
    </message>
    <message>
        <source>Ferry could not hand the files to its window: %1</source>
        <translation>Ferry はファイルをウィンドウに渡せませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are too many to hand over at once.</source>
        <translation>
            <numerusform>%n 個の項目は、一度に渡すには多すぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>it did not answer.</source>
        <translation>応答がありませんでした。</translation>
    </message>
    <message>
        <source>Ferry is already running</source>
        <translation>Ferry はすでに実行中です</translation>
    </message>
    <message>
        <source>Ferry already runs in the background here (%1).

Stop it and open the Ferry window instead? Unfinished transfers are kept and resume.</source>
        <translation>Ferry はすでにこのコンピューターのバックグラウンドで実行中です (%1)。

それを停止して、代わりに Ferry のウィンドウを開きますか? 未完了の転送は保持され、再開されます。</translation>
    </message>
    <message>
        <source>Stop It and Open Ferry</source>
        <translation>停止して Ferry を開く</translation>
    </message>
    <message>
        <source>The Ferry that runs in the background did not stop. Stop it (for example with Ctrl+C in its terminal) and start Ferry again.</source>
        <translation>バックグラウンドで実行中の Ferry が停止しませんでした。その Ferry を停止してから (たとえば、そのターミナルで Ctrl+C を押します)、もう一度 Ferry を起動してください。</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>設定が保存されていません</translation>
    </message>
    <message>
        <source>Ferry could not write its settings to %1. They apply until Ferry quits.</source>
        <translation>Ferry は設定を %1 に書き込めませんでした。設定は Ferry を終了するまで有効です。</translation>
    </message>
</context>
<context>
    <name>Ferry::App::KeychainSecretStore</name>
    <message>
        <source>Secret Service keychain</source>
        <translation>Secret Service キーチェーン</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) did not answer in %1 s</source>
        <translation>キーチェーン (Secret Service) が %1 秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>Ferry::App::LocalNodeAccess</name>
    <message>
        <source>the node has stopped</source>
        <translation>ノードは停止しています</translation>
    </message>
    <message>
        <source>no offer is waiting with this id</source>
        <translation>この ID で待機中のオファーはありません</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> (%1 による)</translation>
    </message>
    <message>
        <source>the offer was already accepted%1</source>
        <translation>オファーはすでに承諾されています%1</translation>
    </message>
    <message>
        <source>the offer was already declined%1</source>
        <translation>オファーはすでに拒否されています%1</translation>
    </message>
    <message>
        <source>the offer timed out</source>
        <translation>オファーはタイムアウトしました</translation>
    </message>
    <message>
        <source>the sender withdrew the offer</source>
        <translation>送信側がオファーを取り下げました</translation>
    </message>
    <message>
        <source>cannot %1 this transfer: it is unknown or not in a state that allows it</source>
        <translation>この転送を %1 できません: 不明な転送か、その操作ができない状態です</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeAccess</name>
    <message>
        <source>no device called %1</source>
        <translation>%1 という名前のデバイスはありません</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 は %2 台のデバイスに一致します: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeConnector</name>
    <message>
        <source>a Ferry node already runs for the data folder %1: %2</source>
        <translation>データフォルダー %1 の Ferry ノードはすでに実行中です: %2</translation>
    </message>
    <message>
        <source>the running Ferry node went away: %1</source>
        <translation>実行中の Ferry ノードが終了しました: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::RemoteNodeAccess</name>
    <message>
        <source>the command is too large for the control connection</source>
        <translation>コマンドが大きすぎて、制御接続で送信できません</translation>
    </message>
    <message>
        <source>the connection to the node is closed</source>
        <translation>ノードへの接続は閉じられています</translation>
    </message>
    <message>
        <source>the connection to the node was lost: %1</source>
        <translation>ノードへの接続が切断されました: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::FileSecretStore</name>
    <message>
        <source>file in %1</source>
        <translation>%1 内のファイル</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 は通常のファイルではなく、シンボリックリンクです</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 は別のユーザーが所有しています</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users (permissions %2); refusing to use it. Make it readable only by you (chmod 600) or delete it</source>
        <translation>%1 は他のユーザーからアクセスできる状態です (パーミッション %2)。このファイルは使用しません。自分だけが読み取れるようにする (chmod 600) か、削除してください</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes a secret may have</source>
        <translation>%1 は %2 バイトあり、シークレットの上限である %3 バイトを超えています</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 は %2 バイトを超えています</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>a secret of %1 bytes is larger than the %2 bytes allowed</source>
        <translation>%1 バイトのシークレットは、上限の %2 バイトを超えています</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>%1 のパーミッションを制限できません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 は存在しますが、ディレクトリではありません</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>ディレクトリ %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IdentityStore</name>
    <message>
        <source>timed out: no answer within %1 s</source>
        <translation>タイムアウト: %1 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>利用できるシステムのキーチェーンがありません</translation>
    </message>
    <message>
        <source>The system keychain holds no device key, and the fallback key could not be checked: %1. Ferry does not create a new identity while an existing key may be unreadable.</source>
        <translation>システムのキーチェーンにデバイスの鍵がなく、予備の鍵も確認できませんでした: %1。既存の鍵が読み取れないだけの可能性があるため、Ferry は新しい ID を作成しません。</translation>
    </message>
    <message>
        <source>Could not generate a device key (OpenSSL failed).</source>
        <translation>デバイスの鍵を生成できませんでした (OpenSSL でエラーが発生しました)。</translation>
    </message>
    <message>
        <source>The device key could not be stored: %1.</source>
        <translation>デバイスの鍵を保存できませんでした: %1。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and there is no fallback key file.</source>
        <translation>システムのキーチェーンを使用できず (%1)、予備の鍵ファイルもありません。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and the fallback key could not be read: %2.</source>
        <translation>システムのキーチェーンを使用できず (%1)、予備の鍵も読み取れませんでした: %2。</translation>
    </message>
    <message>
        <source>The device key could not be stored: the system keychain could not be used (%1), and writing the fallback key failed (%2).</source>
        <translation>デバイスの鍵を保存できませんでした: システムのキーチェーンを使用できず (%1)、予備の鍵の書き込みにも失敗しました (%2)。</translation>
    </message>
    <message>
        <source>The device key stored in %1 under &quot;%2&quot; is corrupt (%3 bytes; a key has %4). Ferry will not replace it, because that would change this device&apos;s identity. Remove that entry to start over with a new identity.</source>
        <translation>%1 に「%2」として保存されているデバイスの鍵が壊れています (%3 バイト。正しい鍵は %4 バイトです)。置き換えるとこのデバイスの ID が変わってしまうため、Ferry は置き換えません。新しい ID でやり直すには、そのエントリーを削除してください。</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>シークレットストア</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). This device&apos;s private key is kept instead in a file that only your user account can read (%2).</source>
        <translation>システムのキーチェーンを使用できませんでした (%1)。このデバイスの秘密鍵は、代わりにあなたのユーザーアカウントだけが読み取れるファイルに保存されています (%2)。</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IncomingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>転送中に Ferry が終了しました</translation>
    </message>
    <message>
        <source>this request is no longer waiting for an answer</source>
        <translation>このリクエストはもう応答を待っていません</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or cannot be written to</source>
        <translation>フォルダー %1 が存在しないか、書き込みできません</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 bytes needed, %3 available</source>
        <translation>%1 の空き容量が足りません: %2 バイト必要ですが、空きは %3 バイトです</translation>
    </message>
    <message>
        <source>cannot record the transfer: %1</source>
        <translation>転送を記録できません: %1</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>不正な形式の PAUSE/RESUME</translation>
    </message>
    <message>
        <source>unexpected message while receiving</source>
        <translation>受信中に予期しないメッセージを受け取りました</translation>
    </message>
    <message>
        <source>data before the answer</source>
        <translation>応答より前にデータを受け取りました</translation>
    </message>
    <message>
        <source>the sender stopped before sending every file</source>
        <translation>送信側がすべてのファイルを送信する前に停止しました</translation>
    </message>
    <message>
        <source>the sender ended before its offer</source>
        <translation>送信側がオファーを送る前に終了しました</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>拒否されました</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>このデバイスでキャンセルしました</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::InterruptionExpiry</name>
    <message>
        <source>given up: the sender has not resumed it since %1, so its partial files were deleted</source>
        <translation>中止しました: 送信者が %1 以降再開しなかったため、途中までのファイルを削除しました</translation>
    </message>
    <message>
        <source>given up: the device could not be reached to resume it since %1</source>
        <translation>中止しました: %1 以降、再開するためにデバイスに接続できませんでした</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::OutgoingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>転送中に Ferry が終了しました</translation>
    </message>
    <message>
        <source>the device could not be reached</source>
        <translation>デバイスに接続できませんでした</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>不正な形式の PAUSE/RESUME</translation>
    </message>
    <message>
        <source>malformed DONE</source>
        <translation>不正な形式の DONE</translation>
    </message>
    <message>
        <source>unexpected message of kind %1 while sending</source>
        <translation>送信中に予期しない種類 (%1) のメッセージを受け取りました</translation>
    </message>
    <message>
        <source>expected an answer to the offer</source>
        <translation>オファーへの応答を受け取るはずでした</translation>
    </message>
    <message>
        <source>ACCEPT names a resume point outside the offer</source>
        <translation>ACCEPT がオファーの範囲外の再開位置を指定しています</translation>
    </message>
    <message>
        <source>the transfer stalled: nothing moved for %1 s</source>
        <translation>転送が止まりました: %1 秒間データが流れていません</translation>
    </message>
    <message>
        <source>the receiver ended the transfer without confirming it</source>
        <translation>受信側が確認せずに転送を終了しました</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>このデバイスでキャンセルしました</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::PeerRegistry</name>
    <message>
        <source>no device called %1</source>
        <translation>%1 という名前のデバイスはありません</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 は %2 台のデバイスに一致します: %3</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::SpacedropService</name>
    <message>
        <source>there is nothing to send</source>
        <translation>送信するものがありません</translation>
    </message>
    <message>
        <source>there is no request waiting with this id</source>
        <translation>この ID で待機中のリクエストはありません</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>このデバイスでキャンセルしました</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::AboutDialog</name>
    <message>
        <source>About Ferry</source>
        <translation>Ferry について</translation>
    </message>
    <message>
        <source>Ferry %1
Share files with devices on your local network.</source>
        <translation>Ferry %1
ローカルネットワーク上のデバイスとファイルを共有します。</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Short identity</source>
        <translation>短縮 ID</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation>秘密鍵の保存場所</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>このデバイス:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>短縮形:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>秘密鍵の保存場所:</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>キーチェーンの警告</translation>
    </message>
    <message>
        <source>&amp;Copy identity</source>
        <translation>ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>まだ読み込まれていません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>システムのキーチェーンを使用できませんでした: %1</translation>
    </message>
    <message>
        <source>the private key is kept in a file that only you can read.</source>
        <translation>秘密鍵は、あなただけが読み取れるファイルに保存されています。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceDelegate</name>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
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
ID: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceListView</name>
    <message>
        <source>Nearby devices</source>
        <translation>近くのデバイス</translation>
    </message>
    <message>
        <source>Drop files or folders on a device to send them to it.</source>
        <translation>ファイルやフォルダーをデバイスにドロップすると、そのデバイスに送信します。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DevicePanel</name>
    <message>
        <source>&amp;Send Files…</source>
        <translation>ファイルを送信(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Send files to the selected devices (%1)</source>
        <translation>選択したデバイスにファイルを送信 (%1)</translation>
    </message>
    <message>
        <source>Send &amp;Folder…</source>
        <translation>フォルダーを送信(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Send a folder to the selected devices (%1)</source>
        <translation>選択したデバイスにフォルダーを送信 (%1)</translation>
    </message>
    <message>
        <source>&amp;Devices nearby</source>
        <translation>近くのデバイス(&amp;D)</translation>
    </message>
    <message>
        <source>Select a device to send to first.</source>
        <translation>先に送信先のデバイスを選択してください。</translation>
    </message>
    <message>
        <source>Send a folder to %1</source>
        <translation>%1 にフォルダーを送信</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>%1 にファイルを送信</translation>
    </message>
    <message numerus="yes">
        <source>Send a folder to %n devices</source>
        <translation>
            <numerusform>%n 台のデバイスにフォルダーを送信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send files to %n devices</source>
        <translation>
            <numerusform>%n 台のデバイスにファイルを送信</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Networking is off: turn it on in Settings to send files.</source>
        <translation>ネットワーク機能がオフです: ファイルを送信するには、設定でオンにしてください。</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>%1 を %2 に送信しています…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n devices…</source>
        <translation>
            <numerusform>%1 を %n 台のデバイスに送信しています…</numerusform>
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
        <translation>警告</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ferry について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>転送(&amp;R)</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>このデバイス</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>待ち受けポート</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク機能</translation>
    </message>
    <message>
        <source>Ferry cannot use the network: %1</source>
        <translation>Ferry はネットワークを使用できません: %1</translation>
    </message>
    <message>
        <source>This device&apos;s private key is kept in a file, because the system keychain could not be used: %1 (Help ▸ About Ferry has the details.)</source>
        <translation>システムのキーチェーンを使用できなかったため、このデバイスの秘密鍵はファイルに保存されています: %1 (詳細は「ヘルプ ▸ Ferry について」を参照してください。)</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>このデバイス: %1</translation>
    </message>
    <message>
        <source>This device: %1 (%2)</source>
        <translation>このデバイス: %1 (%2)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>Networking off</source>
        <translation>ネットワーク機能: オフ</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Networking on</source>
        <translation>ネットワーク機能: オン</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>Ferry を終了しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are not finished.</source>
        <translation>
            <numerusform>%n 件の転送が完了していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: unfinished transfers are kept and continue from where they stopped when Ferry runs again.</source>
        <translation>何も失われません: 未完了の転送は保持され、次に Ferry を起動したときに中断したところから再開します。</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>実行を継続(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::NoDevicesHint</name>
    <message>
        <source>Turn &amp;networking on</source>
        <translation>ネットワーク機能をオンにする(&amp;N)</translation>
    </message>
    <message>
        <source>Turn networking on</source>
        <translation>ネットワーク機能をオンにする</translation>
    </message>
    <message>
        <source>Open setti&amp;ngs…</source>
        <translation>設定を開く(&amp;N)…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Networking is off</source>
        <translation>ネットワーク機能がオフです</translation>
    </message>
    <message>
        <source>While networking is off, Ferry does not look for devices and cannot send or receive files.</source>
        <translation>ネットワーク機能がオフの間、Ferry はデバイスを探さず、ファイルの送受信もできません。</translation>
    </message>
    <message>
        <source>Ferry cannot use the network</source>
        <translation>Ferry はネットワークを使用できません</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Ferry is getting ready to look for devices.</source>
        <translation>Ferry はデバイスを探す準備をしています。</translation>
    </message>
    <message>
        <source>No device found yet</source>
        <translation>まだデバイスが見つかりません</translation>
    </message>
    <message>
        <source>Devices running Ferry on this network appear here by themselves. If one does not:
• Start Ferry on the other device.
• Connect both to the same network (the same Wi-Fi or wired network; guest networks often keep devices apart).
• Let the firewall on both devices allow Ferry: TCP port %1 for transfers and UDP port %2 for discovery.</source>
        <translation>このネットワーク上で Ferry を実行しているデバイスは、自動的にここに表示されます。表示されない場合は:
• 相手のデバイスで Ferry を起動してください。
• 両方のデバイスを同じネットワーク (同じ Wi-Fi または有線ネットワーク) に接続してください。ゲストネットワークではデバイス同士が分離されていることがよくあります。
• 両方のデバイスのファイアウォールで Ferry を許可してください: 転送用の TCP ポート %1 と、検出用の UDP ポート %2 です。</translation>
    </message>
    <message>
        <source>• With ufw: sudo ufw allow ferry — with firewalld: sudo firewall-cmd --permanent --add-service=ferry (see “Troubleshooting” in Ferry&apos;s README).</source>
        <translation>• ufw の場合: sudo ufw allow ferry — firewalld の場合: sudo firewall-cmd --permanent --add-service=ferry (Ferry の README の「Troubleshooting」を参照してください)。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::PeerListModel</name>
    <message>
        <source>Unnamed device (%1)</source>
        <translation>名前のないデバイス (%1)</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::RequestDialog</name>
    <message>
        <source>Incoming files — Ferry</source>
        <translation>ファイルの受信 — Ferry</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>応答までの残り時間</translation>
    </message>
    <message>
        <source>Ferry&apos;s network was stopped, so this request is no longer open.</source>
        <translation>Ferry のネットワーク機能が停止したため、このリクエストは終了しました。</translation>
    </message>
    <message>
        <source>Ferry&apos;s network is off, so this request is no longer open.</source>
        <translation>Ferry のネットワーク機能がオフのため、このリクエストは終了しました。</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒否(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>承諾(&amp;A)</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 がファイルを送信しようとしています</translation>
    </message>
    <message>
        <source>Device identity: %1</source>
        <translation>デバイス ID: %1</translation>
    </message>
    <message>
        <source>Full identity: %1
Fingerprint: %2</source>
        <translation>完全な ID: %1
フィンガープリント: %2</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>メッセージ: 「%1」</translation>
    </message>
    <message>
        <source>Files offered</source>
        <translation>送信されるファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>folder size (file count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>items not listed</comment>
        <translation>
            <numerusform>+ ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>合計: %1 (%2)</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Change destination folder</source>
        <translation>保存先フォルダーを変更</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>空き容量:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 — not enough for these files (%2 needed)</source>
        <translation>%1 — これらのファイルには足りません (%2 必要)</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>ファイルの保存先</translation>
    </message>
    <message>
        <source>Rejected automatically in %1 if not answered.</source>
        <translation>応答がない場合、%1 後に自動的に拒否します。</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>承諾できませんでした: %1</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>このリクエストは終了しました。</translation>
    </message>
    <message>
        <source>Nobody answered in time, so the request was rejected.</source>
        <translation>時間内に応答がなかったため、リクエストは拒否されました。</translation>
    </message>
    <message>
        <source>This request was rejected.</source>
        <translation>このリクエストは拒否されました。</translation>
    </message>
    <message>
        <source>%1 withdrew the request.</source>
        <translation>%1 がリクエストを取り下げました。</translation>
    </message>
    <message>
        <source>This request was accepted.</source>
        <translation>このリクエストは承諾されました。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SendToDialog</name>
    <message>
        <source>Send to Device — Ferry</source>
        <translation>デバイスに送信 — Ferry</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>送信するものがありません。</translation>
    </message>
    <message>
        <source>Send %1 to:</source>
        <translation>%1 の送信先:</translation>
    </message>
    <message>
        <source>&amp;Devices nearby:</source>
        <translation>近くのデバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Nearby devices</source>
        <translation>近くのデバイス</translation>
    </message>
    <message>
        <source>Choose the devices to send to. Space selects or deselects the current device.</source>
        <translation>送信先のデバイスを選択してください。Space キーで現在のデバイスの選択を切り替えます。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of missing files</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>missing file names, then how many others</comment>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found: %1</source>
        <comment>nothing else was given</comment>
        <translation>
            <numerusform>%n 個の項目が見つかりませんでした: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found and will not be sent: %1</source>
        <translation>
            <numerusform>%n 個の項目が見つからないため、送信されません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No device found yet.
Devices running Ferry on this network appear here as soon as they are found.</source>
        <translation>まだデバイスが見つかりません。
このネットワーク上で Ferry を実行しているデバイスは、見つかり次第ここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Device(s)</source>
        <translation>
            <numerusform>%n 台のデバイスに送信(&amp;S)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SettingsDialog</name>
    <message>
        <source>Settings — Ferry</source>
        <translation>設定 — Ferry</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>このデバイス</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>デバイス名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>ダウンロードフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>ダウンロードフォルダー(&amp;D):</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>An incoming request nobody answers is rejected after this time.</source>
        <translation>受信したリクエストに誰も応答しない場合、この時間が過ぎると拒否します。</translation>
    </message>
    <message>
        <source>&amp;Answer requests within:</source>
        <translation>リクエストへの応答期限(&amp;A):</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the system tray</source>
        <translation>システムトレイに最小化して起動(&amp;M)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>&amp;Enable networking (discovery and transfers)</source>
        <translation>ネットワーク機能を有効にする (検出と転送)(&amp;E)</translation>
    </message>
    <message>
        <source>Look for devices on every network &amp;interface</source>
        <translation>すべてのネットワークインターフェイスでデバイスを探す(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Only on these interfaces:</source>
        <translation>次のインターフェイスのみ(&amp;O):</translation>
    </message>
    <message>
        <source>Discovery interfaces</source>
        <translation>検出に使うインターフェイス</translation>
    </message>
    <message>
        <source>Use the default &amp;port (%1)</source>
        <translation>デフォルトのポート (%1) を使用(&amp;P)</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>待ち受けポート</translation>
    </message>
    <message>
        <source>Listening port:</source>
        <translation>待ち受けポート:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface name (its description)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not present now)</source>
        <translation>%1 (現在は存在しません)</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>このデスクトップにはシステムトレイがありません。</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>ダウンロードフォルダーは、%1 のような完全なパスで指定してください。</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>ダウンロードフォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Ferry cannot write in the download folder %1.</source>
        <translation>Ferry はダウンロードフォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Choose at least one network interface, or look on every interface.</source>
        <translation>ネットワークインターフェイスを 1 つ以上選択するか、すべてのインターフェイスで探すようにしてください。</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Ferry uses the new language from its next start.</source>
        <translation>新しい言語は Ferry の次回起動時から使用されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransferHistory</name>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>%1 バイトを超えています</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>JSON ではありません (%2 バイト目: %1)</translation>
    </message>
    <message>
        <source>it is not a transfer history</source>
        <translation>転送履歴ではありません</translation>
    </message>
    <message>
        <source>it has version %1, this version of Ferry reads version %2</source>
        <translation>バージョン %1 の形式ですが、このバージョンの Ferry が読み込めるのはバージョン %2 です</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2); it was moved to %3.</source>
        <translation>転送履歴 %1 を読み込めませんでした (%2)。%3 に移動しました。</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2) nor moved aside.</source>
        <translation>転送履歴 %1 を読み込めず (%2)、退避することもできませんでした。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 はシンボリックリンクです</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
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
        <translation>%1、%2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>device · contents</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of total</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator of the parts of a status line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>If the sender has not resumed it by %1, it is given up and its partial files are deleted</source>
        <translation>%1 までに送信者が再開しない場合、転送は中止され、途中までのファイルは削除されます</translation>
    </message>
    <message>
        <source>If the device cannot be reached by %1, the transfer is given up</source>
        <translation>%1 までにデバイスに接続できない場合、転送は中止されます</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransfersView</name>
    <message>
        <source>Transfers</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>No transfers yet. Drop files or folders on a device to send them, or use Send files…</source>
        <translation>まだ転送はありません。ファイルやフォルダーをデバイスにドロップするか、「ファイルを送信…」を使って送信してください。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Sho&amp;w file</source>
        <translation>ファイルを表示(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>一覧から削除(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>終了した転送を消去(&amp;L)</translation>
    </message>
    <message>
        <source>This transfer cannot be paused now.</source>
        <translation>この転送は現在一時停止できません。</translation>
    </message>
    <message>
        <source>This transfer cannot be resumed now.</source>
        <translation>この転送は現在再開できません。</translation>
    </message>
    <message>
        <source>This transfer cannot be cancelled now.</source>
        <translation>この転送は現在キャンセルできません。</translation>
    </message>
    <message>
        <source>This transfer cannot be sent again now.</source>
        <translation>この転送は現在再試行できません。</translation>
    </message>
    <message>
        <source>Only finished transfers can be removed.</source>
        <translation>一覧から削除できるのは終了した転送だけです。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>%1 を開けるアプリケーションがありません。</translation>
    </message>
    <message>
        <source>No application could show %1.</source>
        <translation>%1 を表示できるアプリケーションがありません。</translation>
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
        <translation>Ferry を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;Files To</source>
        <translation>ファイルの送信先(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>Ferry を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No device found</source>
        <translation>デバイスが見つかりません</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry は実行中です</translation>
    </message>
    <message>
        <source>Ferry keeps receiving files in the background. Quit it from the tray menu.</source>
        <translation>Ferry はバックグラウンドでファイルの受信を続けます。終了するにはトレイメニューを使用してください。</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 がファイルを送信しようとしています</translation>
    </message>
    <message>
        <source>%1 (%2). Click to answer.</source>
        <translation>%1 (%2)。クリックして応答してください。</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>ファイルを受信しました</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>ファイルを送信しました</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 から %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%2 へ %1</translation>
    </message>
    <message>
        <source>Receiving failed</source>
        <translation>受信に失敗しました</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>送信に失敗しました</translation>
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
            <numerusform>%n バイト</numerusform>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time until a transfer ends</comment>
        <translation>残り %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>files, folders</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 個のフォルダー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>a file name and how many other items</comment>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Connecting to the device…</source>
        <translation>デバイスに接続中…</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>応答待ち</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>あなたの応答待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>受信中</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>%1 により一時停止中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Interrupted (%1): sending again when the device is back</source>
        <translation>中断 (%1): デバイスが戻ると再送信します</translation>
    </message>
    <message>
        <source>Interrupted (%1): continues if the sender tries again</source>
        <translation>中断 (%1): 送信側が再試行すると再開します</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>%1 によりキャンセル</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>sent to a device</comment>
        <translation>%1 へ</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>received from a device</comment>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Rejected: nobody answered on the device in time</source>
        <translation>拒否: 相手のデバイスで時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>Rejected: not answered in time</source>
        <translation>拒否: 時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>Rejected: not enough free space on the device</source>
        <translation>拒否: 相手のデバイスの空き容量が足りません</translation>
    </message>
    <message>
        <source>Rejected: not enough free space here</source>
        <translation>拒否: このデバイスの空き容量が足りません</translation>
    </message>
    <message>
        <source>Rejected: too large for the device</source>
        <translation>拒否: 相手のデバイスには大きすぎます</translation>
    </message>
    <message>
        <source>Rejected: too large</source>
        <translation>拒否: サイズが大きすぎます</translation>
    </message>
    <message>
        <source>Rejected: the device has too many requests waiting</source>
        <translation>拒否: 相手のデバイスで待機中のリクエストが多すぎます</translation>
    </message>
    <message>
        <source>Rejected: too many requests were waiting</source>
        <translation>拒否: 待機中のリクエストが多すぎました</translation>
    </message>
    <message>
        <source>Rejected: the device does not accept files now</source>
        <translation>拒否: 相手のデバイスは現在ファイルを受け付けていません</translation>
    </message>
    <message>
        <source>Rejected: files could not be accepted now</source>
        <translation>拒否: 現在ファイルを受け付けられませんでした</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>%1 により拒否</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <source>could not connect to the device</source>
        <translation>デバイスに接続できませんでした</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>安全な接続を確立できませんでした</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>the device is not connected</source>
        <translation>デバイスが接続されていません</translation>
    </message>
    <message>
        <source>the device stopped answering</source>
        <translation>デバイスが応答しなくなりました</translation>
    </message>
    <message>
        <source>Ferry was closed on the device</source>
        <translation>相手のデバイスで Ferry が終了しました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the data arrived damaged</source>
        <translation>データが破損した状態で届きました</translation>
    </message>
    <message>
        <source>a file changed while it was being sent</source>
        <translation>送信中にファイルが変更されました</translation>
    </message>
    <message>
        <source>a file could not be read</source>
        <translation>ファイルを読み取れませんでした</translation>
    </message>
    <message>
        <source>a file could not be written</source>
        <translation>ファイルに書き込めませんでした</translation>
    </message>
    <message>
        <source>the device is not the one expected</source>
        <translation>想定していたデバイスではありません</translation>
    </message>
    <message>
        <source>the device runs an incompatible version of Ferry</source>
        <translation>デバイスで互換性のないバージョンの Ferry が動作しています</translation>
    </message>
    <message>
        <source>the device is too busy</source>
        <translation>デバイスがビジー状態です</translation>
    </message>
    <message>
        <source>protocol error (%1)</source>
        <translation>プロトコルエラー (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an error and its detail</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
