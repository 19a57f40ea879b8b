#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QProcess;
QT_END_NAMESPACE

namespace Ferry::Bench {

// A second connection baseline from outside Qt: `openssl s_time -new` against
// `openssl s_server -tls1_3`, both with a throwaway Ed25519 certificate and mutual
// authentication, on 127.0.0.1. Two processes (so two cores), driven asynchronously.
class OpensslHandshakes : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpensslHandshakes)
public:
    struct Result
    {
        bool ok = false;
        QString why; // when not ok: why it was skipped
        qint64 connections = 0;
        double wallSeconds = 0; // s_time's run, measured here from start to exit
        double microsPerConnection = 0;
    };
    using Finished = std::function<void(const Result &)>;

    explicit OpensslHandshakes(int seconds, QObject *parent = nullptr);
    ~OpensslHandshakes() override;

    void run(Finished finished);

private:
    void makeCertificate();
    void startServer();
    void probeServer(int attempt);
    void startClient();
    void onClientFinished();
    void finish(Result result);
    QProcess *process(const QStringList &arguments);

    int m_seconds;
    QString m_openssl;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QPointer<QProcess> m_server;
    QPointer<QProcess> m_client;
    QElapsedTimer m_clientClock;
    Finished m_finished;
};

} // namespace Ferry::Bench
