#include "tests/support/spacedroppeer.h"

#include "tests/support/testnode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace Ferry::Test {

SpacedropPeer::SpacedropPeer(const QString &peerName, Net::NodeConfig config) : name(peerName)
{
    node = startNode(peerName, config);
    restartService();
}

SpacedropPeer::~SpacedropPeer()
{
    service.reset();
    node.reset();
}

void SpacedropPeer::restartService()
{
    service.reset();
    service = std::make_unique<Net::SpacedropService>(node.get(), state.path());
    service->setDefaultDestination(downloads.path());
    service->restore();
}

Net::TransferInfo SpacedropPeer::info(const QUuid &id) const
{
    return service ? service->transfer(id).value_or(Net::TransferInfo{}) : Net::TransferInfo{};
}

bool linkPeers(SpacedropPeer &a, SpacedropPeer &b)
{
    const auto dialer = [](SpacedropPeer &from, SpacedropPeer &to) {
        Net::Node *node = from.node.get();
        const quint16 port = to.node->port();
        const Net::RemoteIdentity id = to.id();
        from.service->setConnector([node, port, id](const Net::RemoteIdentity &peer) {
            if (peer == id)
                node->dial(QStringLiteral("127.0.0.1"), port, id);
        });
    };
    dialer(a, b);
    dialer(b, a);
    return connectNodes(*a.node, *b.node);
}

bool waitForState(const SpacedropPeer &peer, const QUuid &id, Net::TransferState state,
                  int timeoutMs)
{
    if (QTest::qWaitFor([&] { return peer.info(id).state == state; }, timeoutMs))
        return true;
    const Net::TransferInfo info = peer.info(id);
    qWarning("%s: transfer %s is %s (%s), not %s", qPrintable(peer.name), qPrintable(id.toString()),
             qPrintable(Net::transferStateName(info.state)), qPrintable(info.error.toString()),
             qPrintable(Net::transferStateName(state)));
    return false;
}

bool writeFile(const QString &path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator random(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    while (size > 0) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(size, block.size());
        if (file.write(block.constData(), n) != n)
            return false;
        size -= n;
    }
    return true;
}

QStringList listTree(const QString &root)
{
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        paths.append(base.relativeFilePath(info.filePath())
                     + (info.isDir() && !info.isSymLink() ? QStringLiteral("/") : QString()));
    }
    paths.sort();
    return paths;
}

bool sameTree(const QString &a, const QString &b)
{
    const QStringList left = listTree(a);
    const QStringList right = listTree(b);
    if (left != right) {
        const auto shown = [](const QStringList &list) {
            return list.mid(0, 20).join(QLatin1Char(' '))
                + (list.size() > 20 ? QStringLiteral(" … (%1 in all)").arg(list.size())
                                    : QString());
        };
        qWarning("trees differ:\n  %s\n  %s", qPrintable(shown(left)), qPrintable(shown(right)));
        return false;
    }
    for (const QString &path : left) {
        if (path.endsWith(QLatin1Char('/')))
            continue;
        QFile fa(a + QLatin1Char('/') + path);
        QFile fb(b + QLatin1Char('/') + path);
        if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly)
            || fa.size() != fb.size()) {
            qWarning("%s differs in size", qPrintable(path));
            return false;
        }
        while (!fa.atEnd()) {
            if (fa.read(1 << 20) != fb.read(1 << 20)) {
                qWarning("%s differs in content", qPrintable(path));
                return false;
            }
        }
    }
    return true;
}

} // namespace Ferry::Test
