#pragma once

#include "bench/support/sequence.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace Ferry::Bench {

// The baseline: plain QSslSocket TLS with nothing of Ferry on top (no frames, no handshake of our
// own, no streams), configured as Ferry configures its sockets.
constexpr qint64 kBareReadBuffer = 1 << 20;

// Accepts connections and starts server-side TLS on them, as Ferry's Listener and Connection do.
class BareTlsServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BareTlsServer)
public:
    explicit BareTlsServer(QSslConfiguration config, QObject *parent = nullptr);

Q_SIGNALS:
    // The server side of a connection finished its handshake. The receiver takes ownership.
    void socketEncrypted(QSslSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_config;
};

// One TLS connection with both ends in this process: the client end dials server, the server end
// is the socket that server hands over. Used for the connect, echo and bulk baselines.
class BareTlsPair : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BareTlsPair)
public:
    using Elapsed = std::function<void(qint64 ns)>;

    BareTlsPair(BareTlsServer *server, QSslConfiguration clientConfig, QObject *parent = nullptr);
    ~BareTlsPair() override;

    // Dials; ready gets the time from connectToHostEncrypted() until both ends had encrypted().
    void open(Elapsed ready);
    // Aborts both ends; closed runs once both sockets are deleted.
    void close(Done closed);
    QSslSocket *client() const { return m_client; }

    // 9 bytes client → server, echoed back; done gets the round-trip time.
    void echo(Elapsed done);
    // total bytes client → server in 1 MiB writes, refilled on bytesWritten while less than
    // 8 MiB is in flight (performance.md §3); the server end reads into a 1 MiB buffer and
    // discards. done gets the time until the server end has read the last byte.
    void bulk(qint64 total, Elapsed done);

private:
    void claimServerSocket(QSslSocket *socket);
    void checkReady();
    void refill();
    void onClientReadyRead();
    void onServerReadyRead();
    void watchErrors(QSslSocket *socket, const char *end);

    enum class Mode { Echo, Bulk };

    BareTlsServer *m_server;
    QSslConfiguration m_clientConfig;
    QPointer<QSslSocket> m_client;
    QPointer<QSslSocket> m_serverEnd;
    QMetaObject::Connection m_claim;
    bool m_clientEncrypted = false;
    bool m_closing = false;
    Mode m_mode = Mode::Echo;
    QElapsedTimer m_clock;
    Elapsed m_ready;
    Elapsed m_echoDone;
    Elapsed m_bulkDone;
    qint64 m_bulkTotal = 0;
    qint64 m_bulkSent = 0;
    qint64 m_bulkReceived = 0;
    QByteArray m_chunk;
    QByteArray m_readBuffer;
};

} // namespace Ferry::Bench
