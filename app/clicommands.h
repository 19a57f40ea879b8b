#pragma once

#include "app/options.h"
#include "net/remoteidentity.h"

#include <QObject>

#include <memory>

namespace Ferry::App {

class NodeHost;
class SignalWatcher;

// The terminal front-end's commands: identity, ping and the headless node. Each ends by calling
// finished(exit code) exactly once; main() then leaves the event loop.
class CliCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)
public:
    explicit CliCommands(const Options &options, QObject *parent = nullptr);
    ~CliCommands() override;

    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onIdentityLoaded();
    void printIdentity();
    void runHeadless();
    void runPing();
    void pingNext(const Net::RemoteIdentity &peer);
    void finish(int exitCode);

    Options m_options;
    std::unique_ptr<NodeHost> m_host;
    std::unique_ptr<SignalWatcher> m_signals;
    QList<qint64> m_rtts;
    bool m_finished = false;
};

} // namespace Ferry::App
