<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Ferry::App::ControlClient</name>
    <message>
        <source>the node did not answer</source>
        <translation>节点没有响应</translation>
    </message>
    <message>
        <source>closed by this front-end</source>
        <translation>已被此前端关闭</translation>
    </message>
    <message>
        <source>expected a welcome, got %1</source>
        <translation>应收到 welcome 消息，却收到了 %1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::ControlServer</name>
    <message>
        <source>the node is restarting (its settings changed)</source>
        <translation>节点正在重启（其设置已更改）</translation>
    </message>
    <message>
        <source>the node could not start: %1</source>
        <translation>节点无法启动：%1</translation>
    </message>
    <message>
        <source>this process does not own the data folder %1</source>
        <translation>此进程不拥有数据文件夹 %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>too many front-ends are attached to this node</source>
        <translation>连接到此节点的前端过多</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>%1 毫秒内未收到 hello</translation>
    </message>
    <message>
        <source>hello was said already</source>
        <translation>已经发送过 hello</translation>
    </message>
    <message>
        <source>the first message must be hello</source>
        <translation>第一条消息必须是 hello</translation>
    </message>
    <message>
        <source>a front-end cannot send %1</source>
        <translation>前端不能发送 %1</translation>
    </message>
    <message>
        <source>the node is starting</source>
        <translation>节点正在启动</translation>
    </message>
    <message>
        <source>control protocol %1 is not spoken here (this node speaks %2)</source>
        <translation>此处不支持控制协议 %1（此节点使用 %2）</translation>
    </message>
    <message>
        <source>subscribed already</source>
        <translation>已经订阅</translation>
    </message>
    <message>
        <source>this node has no window</source>
        <translation>此节点没有窗口</translation>
    </message>
    <message>
        <source>paths must be absolute: %1</source>
        <translation>路径必须是绝对路径：%1</translation>
    </message>
    <message>
        <source>the destination must be an absolute path</source>
        <translation>目标位置必须是绝对路径</translation>
    </message>
    <message>
        <source>not a command</source>
        <translation>不是有效的命令</translation>
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
        <translation>Ferry 无法启动：%1</translation>
    </message>
    <message>
        <source>Ferry could not hand the files to its window: %1</source>
        <translation>Ferry 无法将文件交给其窗口：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are too many to hand over at once.</source>
        <translation>
            <numerusform>%n 个项目过多，无法一次性传递。</numerusform>
        </translation>
    </message>
    <message>
        <source>it did not answer.</source>
        <translation>它没有响应。</translation>
    </message>
    <message>
        <source>Ferry is already running</source>
        <translation>Ferry 已在运行</translation>
    </message>
    <message>
        <source>Ferry already runs in the background here (%1).

Stop it and open the Ferry window instead? Unfinished transfers are kept and resume.</source>
        <translation>Ferry 已在此处后台运行（%1）。

要停止它并改为打开 Ferry 窗口吗？未完成的传输会被保留并继续。</translation>
    </message>
    <message>
        <source>Stop It and Open Ferry</source>
        <translation>停止并打开 Ferry</translation>
    </message>
    <message>
        <source>The Ferry that runs in the background did not stop. Stop it (for example with Ctrl+C in its terminal) and start Ferry again.</source>
        <translation>后台运行的 Ferry 没有停止。请停止它（例如在其终端中按 Ctrl+C），然后重新启动 Ferry。</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Ferry could not write its settings to %1. They apply until Ferry quits.</source>
        <translation>Ferry 无法将设置写入 %1。这些设置在 Ferry 退出前有效。</translation>
    </message>
</context>
<context>
    <name>Ferry::App::KeychainSecretStore</name>
    <message>
        <source>Secret Service keychain</source>
        <translation>Secret Service 密钥环</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) did not answer in %1 s</source>
        <translation>密钥环（Secret Service）在 %1 秒内没有响应</translation>
    </message>
</context>
<context>
    <name>Ferry::App::LocalNodeAccess</name>
    <message>
        <source>the node has stopped</source>
        <translation>节点已停止</translation>
    </message>
    <message>
        <source>no offer is waiting with this id</source>
        <translation>没有此 ID 的待处理请求</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> （由 %1 操作）</translation>
    </message>
    <message>
        <source>the offer was already accepted%1</source>
        <translation>该请求已被接受%1</translation>
    </message>
    <message>
        <source>the offer was already declined%1</source>
        <translation>该请求已被拒绝%1</translation>
    </message>
    <message>
        <source>the offer timed out</source>
        <translation>该请求已超时</translation>
    </message>
    <message>
        <source>the sender withdrew the offer</source>
        <translation>发送方已撤回该请求</translation>
    </message>
    <message>
        <source>cannot %1 this transfer: it is unknown or not in a state that allows it</source>
        <translation>无法对此传输执行 %1：该传输不存在或当前状态不允许此操作</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeAccess</name>
    <message>
        <source>no device called %1</source>
        <translation>没有名为 %1 的设备</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 匹配 %2 台设备：%3</translation>
    </message>
</context>
<context>
    <name>Ferry::App::NodeConnector</name>
    <message>
        <source>a Ferry node already runs for the data folder %1: %2</source>
        <translation>数据文件夹 %1 已有一个 Ferry 节点在运行：%2</translation>
    </message>
    <message>
        <source>the running Ferry node went away: %1</source>
        <translation>正在运行的 Ferry 节点已消失：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::App::RemoteNodeAccess</name>
    <message>
        <source>the command is too large for the control connection</source>
        <translation>命令过大，无法通过控制连接发送</translation>
    </message>
    <message>
        <source>the connection to the node is closed</source>
        <translation>与节点的连接已关闭</translation>
    </message>
    <message>
        <source>the connection to the node was lost: %1</source>
        <translation>与节点的连接已断开：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::FileSecretStore</name>
    <message>
        <source>file in %1</source>
        <translation>%1 中的文件</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 是符号链接，不是普通文件</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 属于其他用户</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users (permissions %2); refusing to use it. Make it readable only by you (chmod 600) or delete it</source>
        <translation>其他用户可以访问 %1（权限 %2），因此拒绝使用。请将其设为仅您本人可读（chmod 600）或将其删除</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes a secret may have</source>
        <translation>%1 大小为 %2 字节，超过了机密数据允许的 %3 字节</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 大于 %2 字节</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a secret of %1 bytes is larger than the %2 bytes allowed</source>
        <translation>%1 字节的机密数据超过了允许的 %2 字节</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>无法限制 %1 的权限：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists and is not a directory</source>
        <translation>%1 已存在且不是目录</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IdentityStore</name>
    <message>
        <source>timed out: no answer within %1 s</source>
        <translation>超时：%1 秒内没有响应</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>没有可用的系统密钥环</translation>
    </message>
    <message>
        <source>The system keychain holds no device key, and the fallback key could not be checked: %1. Ferry does not create a new identity while an existing key may be unreadable.</source>
        <translation>系统密钥环中没有设备密钥，且无法检查备用密钥：%1。在现有密钥可能无法读取的情况下，Ferry 不会创建新的身份。</translation>
    </message>
    <message>
        <source>Could not generate a device key (OpenSSL failed).</source>
        <translation>无法生成设备密钥（OpenSSL 出错）。</translation>
    </message>
    <message>
        <source>The device key could not be stored: %1.</source>
        <translation>无法保存设备密钥：%1。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and there is no fallback key file.</source>
        <translation>无法使用系统密钥环（%1），且没有备用密钥文件。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), and the fallback key could not be read: %2.</source>
        <translation>无法使用系统密钥环（%1），且无法读取备用密钥：%2。</translation>
    </message>
    <message>
        <source>The device key could not be stored: the system keychain could not be used (%1), and writing the fallback key failed (%2).</source>
        <translation>无法保存设备密钥：无法使用系统密钥环（%1），且写入备用密钥失败（%2）。</translation>
    </message>
    <message>
        <source>The device key stored in %1 under &quot;%2&quot; is corrupt (%3 bytes; a key has %4). Ferry will not replace it, because that would change this device&apos;s identity. Remove that entry to start over with a new identity.</source>
        <translation>%1 中以“%2”保存的设备密钥已损坏（%3 字节；密钥应为 %4 字节）。Ferry 不会替换它，因为这会改变此设备的身份。如需使用新身份重新开始，请删除该条目。</translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>机密存储</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). This device&apos;s private key is kept instead in a file that only your user account can read (%2).</source>
        <translation>无法使用系统密钥环（%1）。此设备的私钥改为保存在只有您的用户帐户可以读取的文件中（%2）。</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::IncomingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>传输期间 Ferry 已关闭</translation>
    </message>
    <message>
        <source>this request is no longer waiting for an answer</source>
        <translation>此请求已不再等待答复</translation>
    </message>
    <message>
        <source>the folder %1 does not exist or cannot be written to</source>
        <translation>文件夹 %1 不存在或不可写入</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 bytes needed, %3 available</source>
        <translation>%1 中的可用空间不足：需要 %2 字节，可用 %3 字节</translation>
    </message>
    <message>
        <source>cannot record the transfer: %1</source>
        <translation>无法记录传输：%1</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME 消息格式错误</translation>
    </message>
    <message>
        <source>unexpected message while receiving</source>
        <translation>接收时收到意外消息</translation>
    </message>
    <message>
        <source>data before the answer</source>
        <translation>在答复之前收到了数据</translation>
    </message>
    <message>
        <source>the sender stopped before sending every file</source>
        <translation>发送方在发送完所有文件之前停止了</translation>
    </message>
    <message>
        <source>the sender ended before its offer</source>
        <translation>发送方在发出请求之前就结束了</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>已在本机取消</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::InterruptionExpiry</name>
    <message>
        <source>given up: the sender has not resumed it since %1, so its partial files were deleted</source>
        <translation>已放弃：发送方自 %1 起未继续传输，因此已删除其未完成的文件</translation>
    </message>
    <message>
        <source>given up: the device could not be reached to resume it since %1</source>
        <translation>已放弃：自 %1 起一直无法连接该设备以继续传输</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::OutgoingTransfer</name>
    <message>
        <source>Ferry was closed during the transfer</source>
        <translation>传输期间 Ferry 已关闭</translation>
    </message>
    <message>
        <source>the device could not be reached</source>
        <translation>无法连接到该设备</translation>
    </message>
    <message>
        <source>malformed PAUSE/RESUME</source>
        <translation>PAUSE/RESUME 消息格式错误</translation>
    </message>
    <message>
        <source>malformed DONE</source>
        <translation>DONE 消息格式错误</translation>
    </message>
    <message>
        <source>unexpected message of kind %1 while sending</source>
        <translation>发送时收到意外的 %1 类型消息</translation>
    </message>
    <message>
        <source>expected an answer to the offer</source>
        <translation>应收到对请求的答复</translation>
    </message>
    <message>
        <source>ACCEPT names a resume point outside the offer</source>
        <translation>ACCEPT 指定的续传位置超出了请求范围</translation>
    </message>
    <message>
        <source>the transfer stalled: nothing moved for %1 s</source>
        <translation>传输停滞：%1 秒内没有任何数据传输</translation>
    </message>
    <message>
        <source>the receiver ended the transfer without confirming it</source>
        <translation>接收方未确认即结束了传输</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>已在本机取消</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::PeerRegistry</name>
    <message>
        <source>no device called %1</source>
        <translation>没有名为 %1 的设备</translation>
    </message>
    <message>
        <source>%1 matches %2 devices: %3</source>
        <translation>%1 匹配 %2 台设备：%3</translation>
    </message>
</context>
<context>
    <name>Ferry::Net::SpacedropService</name>
    <message>
        <source>there is nothing to send</source>
        <translation>没有要发送的内容</translation>
    </message>
    <message>
        <source>there is no request waiting with this id</source>
        <translation>没有此 ID 的待处理请求</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>已在本机取消</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::AboutDialog</name>
    <message>
        <source>About Ferry</source>
        <translation>关于 Ferry</translation>
    </message>
    <message>
        <source>Ferry %1
Share files with devices on your local network.</source>
        <translation>Ferry %1
与本地网络中的设备共享文件。</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Short identity</source>
        <translation>简短身份</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Private key kept in</source>
        <translation>私钥保存位置</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>本设备：</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Short form:</source>
        <translation>简短形式：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Private key kept in:</source>
        <translation>私钥保存位置：</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>密钥环警告</translation>
    </message>
    <message>
        <source>&amp;Copy identity</source>
        <translation>复制身份(&amp;C)</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>无法使用系统密钥环：%1</translation>
    </message>
    <message>
        <source>the private key is kept in a file that only you can read.</source>
        <translation>私钥保存在只有您可以读取的文件中。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceDelegate</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
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
身份：%2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>型号：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DeviceListView</name>
    <message>
        <source>Nearby devices</source>
        <translation>附近的设备</translation>
    </message>
    <message>
        <source>Drop files or folders on a device to send them to it.</source>
        <translation>将文件或文件夹拖放到设备上即可发送给它。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::DevicePanel</name>
    <message>
        <source>&amp;Send Files…</source>
        <translation>发送文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Send files to the selected devices (%1)</source>
        <translation>将文件发送到所选设备（%1）</translation>
    </message>
    <message>
        <source>Send &amp;Folder…</source>
        <translation>发送文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Send a folder to the selected devices (%1)</source>
        <translation>将文件夹发送到所选设备（%1）</translation>
    </message>
    <message>
        <source>&amp;Devices nearby</source>
        <translation>附近的设备(&amp;D)</translation>
    </message>
    <message>
        <source>Select a device to send to first.</source>
        <translation>请先选择要发送到的设备。</translation>
    </message>
    <message>
        <source>Send a folder to %1</source>
        <translation>将文件夹发送到 %1</translation>
    </message>
    <message>
        <source>Send files to %1</source>
        <translation>将文件发送到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Send a folder to %n devices</source>
        <translation>
            <numerusform>将文件夹发送到 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send files to %n devices</source>
        <translation>
            <numerusform>将文件发送到 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Networking is off: turn it on in Settings to send files.</source>
        <translation>网络功能已关闭：请在设置中开启后再发送文件。</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>正在将 %1 发送到 %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n devices…</source>
        <translation>
            <numerusform>正在将 %1 发送到 %n 台设备…</numerusform>
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
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>关于 Ferry(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>传输(&amp;R)</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>网络功能</translation>
    </message>
    <message>
        <source>Ferry cannot use the network: %1</source>
        <translation>Ferry 无法使用网络：%1</translation>
    </message>
    <message>
        <source>This device&apos;s private key is kept in a file, because the system keychain could not be used: %1 (Help ▸ About Ferry has the details.)</source>
        <translation>由于无法使用系统密钥环，本设备的私钥保存在文件中：%1（详情请见“帮助 ▸ 关于 Ferry”。）</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>本设备：%1</translation>
    </message>
    <message>
        <source>This device: %1 (%2)</source>
        <translation>本设备：%1（%2）</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>Networking off</source>
        <translation>网络功能已关闭</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Networking on</source>
        <translation>网络功能已开启</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>退出 Ferry？</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are not finished.</source>
        <translation>
            <numerusform>有 %n 个传输尚未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: unfinished transfers are kept and continue from where they stopped when Ferry runs again.</source>
        <translation>不会丢失任何内容：未完成的传输会被保留，并在 Ferry 再次运行时从中断处继续。</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>保持运行(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::NoDevicesHint</name>
    <message>
        <source>Turn &amp;networking on</source>
        <translation>开启网络功能(&amp;N)</translation>
    </message>
    <message>
        <source>Turn networking on</source>
        <translation>开启网络功能</translation>
    </message>
    <message>
        <source>Open setti&amp;ngs…</source>
        <translation>打开设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Networking is off</source>
        <translation>网络功能已关闭</translation>
    </message>
    <message>
        <source>While networking is off, Ferry does not look for devices and cannot send or receive files.</source>
        <translation>网络功能关闭时，Ferry 不会查找设备，也无法发送或接收文件。</translation>
    </message>
    <message>
        <source>Ferry cannot use the network</source>
        <translation>Ferry 无法使用网络</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Ferry is getting ready to look for devices.</source>
        <translation>Ferry 正在准备查找设备。</translation>
    </message>
    <message>
        <source>No device found yet</source>
        <translation>尚未找到设备</translation>
    </message>
    <message>
        <source>Devices running Ferry on this network appear here by themselves. If one does not:
• Start Ferry on the other device.
• Connect both to the same network (the same Wi-Fi or wired network; guest networks often keep devices apart).
• Let the firewall on both devices allow Ferry: TCP port %1 for transfers and UDP port %2 for discovery.</source>
        <translation>此网络中运行 Ferry 的设备会自动显示在这里。如果某台设备没有出现：
• 在另一台设备上启动 Ferry。
• 将两台设备连接到同一网络（同一 Wi-Fi 或有线网络；访客网络通常会隔离设备）。
• 在两台设备的防火墙中允许 Ferry：传输使用 TCP 端口 %1，设备发现使用 UDP 端口 %2。</translation>
    </message>
    <message>
        <source>• With ufw: sudo ufw allow ferry — with firewalld: sudo firewall-cmd --permanent --add-service=ferry (see “Troubleshooting” in Ferry&apos;s README).</source>
        <translation>• 使用 ufw：sudo ufw allow ferry — 使用 firewalld：sudo firewall-cmd --permanent --add-service=ferry（参见 Ferry README 中的“Troubleshooting”一节）。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::PeerListModel</name>
    <message>
        <source>Unnamed device (%1)</source>
        <translation>未命名设备（%1）</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::RequestDialog</name>
    <message>
        <source>Incoming files — Ferry</source>
        <translation>传入的文件 — Ferry</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>剩余答复时间</translation>
    </message>
    <message>
        <source>Ferry&apos;s network was stopped, so this request is no longer open.</source>
        <translation>Ferry 的网络已停止，此请求已失效。</translation>
    </message>
    <message>
        <source>Ferry&apos;s network is off, so this request is no longer open.</source>
        <translation>Ferry 的网络功能已关闭，此请求已失效。</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 想向您发送文件</translation>
    </message>
    <message>
        <source>Device identity: %1</source>
        <translation>设备身份：%1</translation>
    </message>
    <message>
        <source>Full identity: %1
Fingerprint: %2</source>
        <translation>完整身份：%1
指纹：%2</translation>
    </message>
    <message>
        <source>Message: “%1”</source>
        <translation>留言：“%1”</translation>
    </message>
    <message>
        <source>Files offered</source>
        <translation>待接收的文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>folder size (file count)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>items not listed</comment>
        <translation>
            <numerusform>+ 另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>总计：%2，共 %1</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>Change destination folder</source>
        <translation>更改目标文件夹</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Free space:</source>
        <translation>可用空间：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 — not enough for these files (%2 needed)</source>
        <translation>%1 — 不足以保存这些文件（需要 %2）</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>将文件保存到</translation>
    </message>
    <message>
        <source>Rejected automatically in %1 if not answered.</source>
        <translation>如未答复，将在 %1 后自动拒绝。</translation>
    </message>
    <message>
        <source>Could not accept: %1</source>
        <translation>无法接受：%1</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>此请求已失效。</translation>
    </message>
    <message>
        <source>Nobody answered in time, so the request was rejected.</source>
        <translation>无人及时答复，请求已被拒绝。</translation>
    </message>
    <message>
        <source>This request was rejected.</source>
        <translation>此请求已被拒绝。</translation>
    </message>
    <message>
        <source>%1 withdrew the request.</source>
        <translation>%1 撤回了请求。</translation>
    </message>
    <message>
        <source>This request was accepted.</source>
        <translation>此请求已被接受。</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SendToDialog</name>
    <message>
        <source>Send to Device — Ferry</source>
        <translation>发送到设备 — Ferry</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>没有要发送的内容。</translation>
    </message>
    <message>
        <source>Send %1 to:</source>
        <translation>将 %1 发送到：</translation>
    </message>
    <message>
        <source>&amp;Devices nearby:</source>
        <translation>附近的设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Nearby devices</source>
        <translation>附近的设备</translation>
    </message>
    <message>
        <source>Choose the devices to send to. Space selects or deselects the current device.</source>
        <translation>选择要发送到的设备。按空格键可选中或取消选中当前设备。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
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
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found: %1</source>
        <comment>nothing else was given</comment>
        <translation>
            <numerusform>找不到 %n 个项目：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be found and will not be sent: %1</source>
        <translation>
            <numerusform>找不到 %n 个项目，这些项目将不会被发送：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No device found yet.
Devices running Ferry on this network appear here as soon as they are found.</source>
        <translation>尚未找到设备。
此网络中运行 Ferry 的设备一经发现就会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Device(s)</source>
        <translation>
            <numerusform>发送到 %n 台设备(&amp;S)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::SettingsDialog</name>
    <message>
        <source>Settings — Ferry</source>
        <translation>设置 — Ferry</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>设备名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>下载文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>An incoming request nobody answers is rejected after this time.</source>
        <translation>无人答复的传入请求将在此时间后被拒绝。</translation>
    </message>
    <message>
        <source>&amp;Answer requests within:</source>
        <translation>请求答复时限(&amp;A)：</translation>
    </message>
    <message>
        <source>Start &amp;minimised in the system tray</source>
        <translation>启动时最小化到系统托盘(&amp;M)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>&amp;Enable networking (discovery and transfers)</source>
        <translation>启用网络功能（设备发现和传输）(&amp;E)</translation>
    </message>
    <message>
        <source>Look for devices on every network &amp;interface</source>
        <translation>在所有网络接口上查找设备(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Only on these interfaces:</source>
        <translation>仅在以下接口上(&amp;O)：</translation>
    </message>
    <message>
        <source>Discovery interfaces</source>
        <translation>设备发现接口</translation>
    </message>
    <message>
        <source>Use the default &amp;port (%1)</source>
        <translation>使用默认端口（%1）(&amp;P)</translation>
    </message>
    <message>
        <source>Listening port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source>Listening port:</source>
        <translation>监听端口：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface name (its description)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not present now)</source>
        <translation>%1（当前不存在）</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>下载文件夹必须是完整路径，例如 %1。</translation>
    </message>
    <message>
        <source>The download folder %1 does not exist.</source>
        <translation>下载文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Ferry cannot write in the download folder %1.</source>
        <translation>Ferry 无法写入下载文件夹 %1。</translation>
    </message>
    <message>
        <source>Choose at least one network interface, or look on every interface.</source>
        <translation>请至少选择一个网络接口，或在所有接口上查找。</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Ferry uses the new language from its next start.</source>
        <translation>Ferry 将在下次启动时使用新语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransferHistory</name>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>它大于 %1 字节</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>它不是 JSON 格式（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>it is not a transfer history</source>
        <translation>它不是传输历史记录</translation>
    </message>
    <message>
        <source>it has version %1, this version of Ferry reads version %2</source>
        <translation>其版本为 %1，此版本的 Ferry 只能读取版本 %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2); it was moved to %3.</source>
        <translation>无法读取传输历史记录 %1（%2）；已将其移动到 %3。</translation>
    </message>
    <message>
        <source>The transfer history %1 could not be read (%2) nor moved aside.</source>
        <translation>无法读取传输历史记录 %1（%2），也无法将其移走。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 是符号链接</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
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
        <translation>%1，%2：%3</translation>
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
        <translation>如果发送方在 %1 之前未继续传输，将放弃该传输并删除其未完成的文件</translation>
    </message>
    <message>
        <source>If the device cannot be reached by %1, the transfer is given up</source>
        <translation>如果在 %1 之前仍无法连接该设备，将放弃该传输</translation>
    </message>
</context>
<context>
    <name>Ferry::Ui::TransfersView</name>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>No transfers yet. Drop files or folders on a device to send them, or use Send files…</source>
        <translation>暂无传输。将文件或文件夹拖放到设备上即可发送，也可以使用“发送文件…”。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Sho&amp;w file</source>
        <translation>显示文件(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>从列表中移除(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>清除已结束的传输(&amp;E)</translation>
    </message>
    <message>
        <source>This transfer cannot be paused now.</source>
        <translation>此传输当前无法暂停。</translation>
    </message>
    <message>
        <source>This transfer cannot be resumed now.</source>
        <translation>此传输当前无法继续。</translation>
    </message>
    <message>
        <source>This transfer cannot be cancelled now.</source>
        <translation>此传输当前无法取消。</translation>
    </message>
    <message>
        <source>This transfer cannot be sent again now.</source>
        <translation>此传输当前无法重新发送。</translation>
    </message>
    <message>
        <source>Only finished transfers can be removed.</source>
        <translation>只能移除已结束的传输。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action (its shortcut)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有可以打开 %1 的应用程序。</translation>
    </message>
    <message>
        <source>No application could show %1.</source>
        <translation>没有应用程序能够显示 %1。</translation>
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
        <translation>显示 Ferry(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;Files To</source>
        <translation>发送文件到(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit Ferry</source>
        <translation>退出 Ferry(&amp;Q)</translation>
    </message>
    <message>
        <source>No device found</source>
        <translation>未找到设备</translation>
    </message>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry 仍在运行</translation>
    </message>
    <message>
        <source>Ferry keeps receiving files in the background. Quit it from the tray menu.</source>
        <translation>Ferry 会继续在后台接收文件。如需退出，请使用托盘菜单。</translation>
    </message>
    <message>
        <source>%1 wants to send you files</source>
        <translation>%1 想向您发送文件</translation>
    </message>
    <message>
        <source>%1 (%2). Click to answer.</source>
        <translation>%1（%2）。点击以答复。</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>文件已接收</translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation>文件已发送</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1，发送到 %2</translation>
    </message>
    <message>
        <source>Receiving failed</source>
        <translation>接收失败</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
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
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time until a transfer ends</comment>
        <translation>剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>files, folders</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 个文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>a file name and how many other items</comment>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Connecting to the device…</source>
        <translation>正在连接设备…</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>正在等待答复</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>等待您的答复</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>Paused by %1</source>
        <translation>已被 %1 暂停</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Interrupted (%1): sending again when the device is back</source>
        <translation>已中断（%1）：设备恢复连接后将重新发送</translation>
    </message>
    <message>
        <source>Interrupted (%1): continues if the sender tries again</source>
        <translation>已中断（%1）：发送方重试时将继续</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>已被 %1 取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>sent to a device</comment>
        <translation>发送到 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>received from a device</comment>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Rejected: nobody answered on the device in time</source>
        <translation>已拒绝：对方设备上无人及时答复</translation>
    </message>
    <message>
        <source>Rejected: not answered in time</source>
        <translation>已拒绝：未及时答复</translation>
    </message>
    <message>
        <source>Rejected: not enough free space on the device</source>
        <translation>已拒绝：对方设备可用空间不足</translation>
    </message>
    <message>
        <source>Rejected: not enough free space here</source>
        <translation>已拒绝：本机可用空间不足</translation>
    </message>
    <message>
        <source>Rejected: too large for the device</source>
        <translation>已拒绝：超出对方设备允许的大小</translation>
    </message>
    <message>
        <source>Rejected: too large</source>
        <translation>已拒绝：文件过大</translation>
    </message>
    <message>
        <source>Rejected: the device has too many requests waiting</source>
        <translation>已拒绝：对方设备的待处理请求过多</translation>
    </message>
    <message>
        <source>Rejected: too many requests were waiting</source>
        <translation>已拒绝：待处理请求过多</translation>
    </message>
    <message>
        <source>Rejected: the device does not accept files now</source>
        <translation>已拒绝：对方设备当前不接收文件</translation>
    </message>
    <message>
        <source>Rejected: files could not be accepted now</source>
        <translation>已拒绝：当前无法接收文件</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>已被 %1 拒绝</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>could not connect to the device</source>
        <translation>无法连接到设备</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>the device is not connected</source>
        <translation>设备未连接</translation>
    </message>
    <message>
        <source>the device stopped answering</source>
        <translation>设备停止响应</translation>
    </message>
    <message>
        <source>Ferry was closed on the device</source>
        <translation>对方设备上的 Ferry 已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the data arrived damaged</source>
        <translation>收到的数据已损坏</translation>
    </message>
    <message>
        <source>a file changed while it was being sent</source>
        <translation>文件在发送过程中发生了变化</translation>
    </message>
    <message>
        <source>a file could not be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>a file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>the device is not the one expected</source>
        <translation>该设备不是预期的设备</translation>
    </message>
    <message>
        <source>the device runs an incompatible version of Ferry</source>
        <translation>该设备运行的 Ferry 版本不兼容</translation>
    </message>
    <message>
        <source>the device is too busy</source>
        <translation>设备太忙</translation>
    </message>
    <message>
        <source>protocol error (%1)</source>
        <translation>协议错误（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an error and its detail</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
