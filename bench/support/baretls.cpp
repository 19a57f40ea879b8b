#include "bench/support/baretls.h"

#include <QSslSocket>

namespace Ferry::Bench {

namespace {
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kInFlight = 8 << 20;
constexpr qint64 kEchoSize = 9; // the size of a Ferry PING message

void ignoreSelfSigned(QSslSocket *socket)
{
    QObject::connect(socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), socket,
                     [socket] { socket->ignoreSslErrors(); });
}
} // namespace

BareTlsServer::BareTlsServer(QSslConfiguration config, QObject *parent)
    : QTcpServer(parent), m_config(std::move(config))
{ }

void BareTlsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(m_config);
    socket->setReadBufferSize(kBareReadBuffer);
    ignoreSelfSigned(socket);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        socket->disconnect(this);
        Q_EMIT socketEncrypted(socket);
    });
    if (!socket->setSocketDescriptor(descriptor))
        fatal(QStringLiteral("baseline server: %1").arg(socket->errorString()));
    socket->startServerEncryption();
}

BareTlsPair::BareTlsPair(BareTlsServer *server, QSslConfiguration clientConfig, QObject *parent)
    : QObject(parent), m_server(server), m_clientConfig(std::move(clientConfig))
{ }

BareTlsPair::~BareTlsPair()
{
    m_closing = true;
}

void BareTlsPair::open(Elapsed ready)
{
    m_ready = std::move(ready);
    m_client = new QSslSocket(this);
    m_client->setSslConfiguration(m_clientConfig);
    m_client->setReadBufferSize(kBareReadBuffer);
    ignoreSelfSigned(m_client);
    watchErrors(m_client, "client");
    connect(m_client, &QSslSocket::encrypted, this, [this] {
        m_clientEncrypted = true;
        checkReady();
    });
    connect(m_client, &QSslSocket::readyRead, this, &BareTlsPair::onClientReadyRead);
    connect(m_client, &QSslSocket::bytesWritten, this, &BareTlsPair::refill);
    connect(m_client, &QSslSocket::encryptedBytesWritten, this, &BareTlsPair::refill);
    m_claim
        = connect(m_server, &BareTlsServer::socketEncrypted, this, &BareTlsPair::claimServerSocket);
    m_clock.start();
    m_client->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
}

void BareTlsPair::claimServerSocket(QSslSocket *socket)
{
    disconnect(m_claim);
    m_serverEnd = socket;
    socket->setParent(this);
    watchErrors(socket, "server");
    connect(socket, &QSslSocket::readyRead, this, &BareTlsPair::onServerReadyRead);
    checkReady();
}

void BareTlsPair::checkReady()
{
    if (!m_clientEncrypted || !m_serverEnd || !m_ready)
        return;
    const qint64 ns = m_clock.nsecsElapsed();
    std::exchange(m_ready, nullptr)(ns);
}

void BareTlsPair::watchErrors(QSslSocket *socket, const char *end)
{
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket, end] {
        if (!m_closing)
            fatal(QStringLiteral("baseline %1 socket: %2")
                      .arg(QLatin1String(end), socket->errorString()));
    });
}

void BareTlsPair::close(Done closed)
{
    m_closing = true;
    disconnect(m_claim);
    auto remaining = std::make_shared<int>(0);
    auto finished = std::make_shared<Done>(std::move(closed));
    for (QSslSocket *socket : {m_client.data(), m_serverEnd.data()}) {
        if (!socket)
            continue;
        ++*remaining;
        connect(socket, &QObject::destroyed, [remaining, finished] {
            if (--*remaining == 0)
                (*finished)();
        });
        socket->abort();
        socket->deleteLater();
    }
    if (*remaining == 0)
        (*finished)();
}

void BareTlsPair::echo(Elapsed done)
{
    m_mode = Mode::Echo;
    m_echoDone = std::move(done);
    m_clock.start();
    static const QByteArray message(kEchoSize, '\x01');
    m_client->write(message);
}

void BareTlsPair::onClientReadyRead()
{
    if (m_client->bytesAvailable() < kEchoSize || !m_echoDone)
        return;
    char answer[kEchoSize];
    m_client->read(answer, kEchoSize);
    const qint64 ns = m_clock.nsecsElapsed();
    std::exchange(m_echoDone, nullptr)(ns);
}

void BareTlsPair::bulk(qint64 total, Elapsed done)
{
    m_mode = Mode::Bulk;
    m_bulkDone = std::move(done);
    m_bulkTotal = total;
    m_bulkSent = 0;
    m_bulkReceived = 0;
    if (m_chunk.isEmpty()) {
        m_chunk.resize(kChunk);
        for (qsizetype i = 0; i < m_chunk.size(); ++i)
            m_chunk[i] = char(i * 131 + (i >> 8));
        m_readBuffer.resize(kBareReadBuffer);
    }
    m_clock.start();
    refill();
}

void BareTlsPair::refill()
{
    if (m_mode != Mode::Bulk || !m_client)
        return;
    while (m_bulkSent < m_bulkTotal
           && m_client->bytesToWrite() + m_client->encryptedBytesToWrite() < kInFlight) {
        const qint64 n = qMin(kChunk, m_bulkTotal - m_bulkSent);
        m_client->write(n == kChunk ? m_chunk : m_chunk.first(n));
        m_bulkSent += n;
    }
}

void BareTlsPair::onServerReadyRead()
{
    if (m_mode == Mode::Echo) {
        while (m_serverEnd->bytesAvailable() >= kEchoSize)
            m_serverEnd->write(m_serverEnd->read(kEchoSize));
        return;
    }
    qint64 n = 0;
    while ((n = m_serverEnd->read(m_readBuffer.data(), m_readBuffer.size())) > 0)
        m_bulkReceived += n;
    if (m_bulkReceived >= m_bulkTotal && m_bulkDone) {
        const qint64 ns = m_clock.nsecsElapsed();
        m_mode = Mode::Echo;
        std::exchange(m_bulkDone, nullptr)(ns);
    }
}

} // namespace Ferry::Bench
