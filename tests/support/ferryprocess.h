#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QRegularExpression;
QT_END_NAMESPACE

namespace Ferry::Test {

constexpr int kRunMs = 15'000; // a whole short-lived command, keychain timeout included
constexpr int kLineMs = 10'000; // one expected line from a running node

// The ferry executable under test: env FERRY_BIN (set by tests/CMakeLists.txt).
QString ferryBinary();

// One ferry process, for end-to-end tests; its output is collected as it arrives. Destroying it
// stops the process (SIGTERM, then SIGKILL) if it still runs.
class FerryProcess
{
public:
    // ferry ARGUMENTS on this host.
    explicit FerryProcess(const QStringList &arguments,
                          const QProcessEnvironment &env
                          = QProcessEnvironment::systemEnvironment());
    // ferry ARGUMENTS on a lab host (ip netns exec HOST ferry …, which execs ferry itself, so
    // terminate() reaches ferry).
    FerryProcess(const QString &host, const QStringList &arguments, const QProcessEnvironment &env);
    ~FerryProcess();
    Q_DISABLE_COPY_MOVE(FerryProcess)

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    bool waitForExit(int ms);
    // Waits until stdout has a line matching re (a MultilineOption pattern).
    QRegularExpressionMatch waitForOutput(const QRegularExpression &re, int ms);
    void terminate() { m_process.terminate(); }
    // SIGKILL: no goodbye of any kind, as when a machine loses power.
    void kill() { m_process.kill(); }

    // A clean exit with this code (not a crash, not a failure to start).
    bool exitedWith(int code) const;
    qint64 elapsedMs() const { return m_elapsedMs; }
    QString out();
    QString err();
    // For failure messages.
    QString transcript();

private:
    void start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &env);

    QProcess m_process;
    QString m_shownProgram; // how transcript() names the program
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    QByteArray m_out;
    QByteArray m_err;
};

// Runs one short-lived command on this host to its end (or for kRunMs at most).
std::unique_ptr<FerryProcess> runFerry(const QStringList &arguments,
                                       const QProcessEnvironment &env
                                       = QProcessEnvironment::systemEnvironment());

// Environment of a process that cannot reach any keychain: no session bus, no X display (GLib
// would autolaunch a bus for DISPLAY: toolchain.md §4a hazard 2), and a private, empty runtime
// dir, so that GLib does not find a user bus at $XDG_RUNTIME_DIR/bus either.
QProcessEnvironment environmentWithoutKeychain(const QString &runtimeDir);

// Makes the folder runtimeDir (for environmentWithoutKeychain) owner-only, as a runtime dir must
// be; false if it could not be made.
bool makePrivateRuntimeDir(const QString &runtimeDir);

} // namespace Ferry::Test
