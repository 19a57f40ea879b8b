#include "bench/support/opensslhandshakes.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Ferry::Bench {

namespace {
constexpr int kProbeAttempts = 100;
constexpr int kProbeIntervalMs = 20;

QStringList certificateArguments(const QString &dir)
{
    return {QStringLiteral("-cert"),      dir + QStringLiteral("/cert.pem"),
            QStringLiteral("-key"),       dir + QStringLiteral("/key.pem"),
            QStringLiteral("-no-CAfile"), QStringLiteral("-no-CApath"),
            QStringLiteral("-no-CAstore")};
}
} // namespace

OpensslHandshakes::OpensslHandshakes(int seconds, QObject *parent)
    : QObject(parent), m_seconds(seconds)
{ }

OpensslHandshakes::~OpensslHandshakes()
{
    for (QProcess *p : {m_client.data(), m_server.data()}) {
        if (p && p->state() != QProcess::NotRunning)
            p->kill();
    }
}

void OpensslHandshakes::run(Finished finished)
{
    m_finished = std::move(finished);
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        return finish({false, QStringLiteral("no openssl binary on PATH")});
    if (!m_dir.isValid())
        return finish({false, QStringLiteral("no temporary directory: ") + m_dir.errorString()});
    makeCertificate();
}

QProcess *OpensslHandshakes::process(const QStringList &arguments)
{
    auto *p = new QProcess(this);
    p->setProgram(m_openssl);
    p->setArguments(arguments);
    p->setStandardInputFile(QProcess::nullDevice());
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish({false, QStringLiteral("openssl did not start: ") + p->errorString()});
    });
    return p;
}

void OpensslHandshakes::makeCertificate()
{
    const QString dir = m_dir.path();
    QProcess *req
        = process({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ed25519"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=ferry-bench"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                   QStringLiteral("-out"), dir + QStringLiteral("/cert.pem")});
    req->setProcessChannelMode(QProcess::MergedChannels);
    connect(req, &QProcess::finished, this, [this, req](int code, QProcess::ExitStatus status) {
        req->deleteLater();
        if (status != QProcess::NormalExit || code != 0)
            return finish({false,
                           QStringLiteral("openssl req failed: ")
                               + QString::fromLocal8Bit(req->readAll()).trimmed()});
        startServer();
    });
    req->start();
}

void OpensslHandshakes::startServer()
{
    // A free port: s_server -quiet does not print the one it got for port 0.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return finish({false, QStringLiteral("no free port: ") + probe.errorString()});
    m_port = probe.serverPort();
    probe.close();

    QStringList arguments{QStringLiteral("s_server"),
                          QStringLiteral("-accept"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port),
                          QStringLiteral("-tls1_3"),
                          QStringLiteral("-Verify"),
                          QStringLiteral("1"),
                          QStringLiteral("-verify_quiet"),
                          QStringLiteral("-quiet")};
    arguments += certificateArguments(m_dir.path());
    m_server = process(arguments);
    m_server->setStandardOutputFile(QProcess::nullDevice());
    m_server->setStandardErrorFile(QProcess::nullDevice());
    connect(m_server, &QProcess::finished, this, [this] {
        if (m_client)
            finish({false, QStringLiteral("openssl s_server exited early")});
    });
    m_server->start();
    probeServer(0);
}

void OpensslHandshakes::probeServer(int attempt)
{
    // Connect until s_server listens; it takes the probe as one failed handshake and goes on.
    if (attempt >= kProbeAttempts)
        return finish({false, QStringLiteral("openssl s_server did not start listening")});
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->abort();
        socket->deleteLater();
        startClient();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, attempt] {
        socket->deleteLater();
        QTimer::singleShot(kProbeIntervalMs, this, [this, attempt] { probeServer(attempt + 1); });
    });
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void OpensslHandshakes::startClient()
{
    QStringList arguments{QStringLiteral("s_time"),
                          QStringLiteral("-connect"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port),
                          QStringLiteral("-new"),
                          QStringLiteral("-tls1_3"),
                          QStringLiteral("-ciphersuites"),
                          QStringLiteral("TLS_AES_128_GCM_SHA256"),
                          QStringLiteral("-time"),
                          QString::number(m_seconds)};
    arguments += certificateArguments(m_dir.path());
    m_client = process(arguments);
    m_client->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_client, &QProcess::started, this, [this] { m_clientClock.start(); });
    connect(m_client, &QProcess::finished, this, &OpensslHandshakes::onClientFinished);
    m_client->start();
}

void OpensslHandshakes::onClientFinished()
{
    const double wall = double(m_clientClock.nsecsElapsed()) / 1e9;
    const QString output = QString::fromLocal8Bit(m_client->readAll());
    // "947 connections in 4 real seconds, 0 bytes read per connection". The real seconds are
    // whole seconds of time(), so the wall time is measured here instead.
    static const QRegularExpression line(QStringLiteral("(\\d+) connections in \\d+ real seconds"));
    const QRegularExpressionMatch match = line.match(output);
    const qint64 connections = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (m_client->exitStatus() != QProcess::NormalExit || m_client->exitCode() != 0
        || connections <= 0)
        return finish(
            {false,
             QStringLiteral("openssl s_time failed: ")
                 + output.trimmed().right(200).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    finish({true, {}, connections, wall, wall * 1e6 / double(connections)});
}

void OpensslHandshakes::finish(Result result)
{
    if (!m_finished)
        return;
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->disconnect(this);
        m_server->kill();
    }
    std::exchange(m_finished, nullptr)(result);
}

} // namespace Ferry::Bench
