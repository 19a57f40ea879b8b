#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Ferry::Net {
class SpacedropService;
} // namespace Ferry::Net

namespace Ferry::Ui {

class RequestDialog;

// Opens a RequestDialog for every incoming request of the service (those already waiting when
// the service is set, too). With holdWhileHidden (there is a tray), a prompt raised while the
// window is hidden waits unseen, the tray's notification leading to it (showPending()), and goes
// away if its request closes unseen; without, prompts always show at once.
class RequestPrompter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPrompter)
public:
    explicit RequestPrompter(QWidget *window);

    void setService(Net::SpacedropService *service);
    void setHoldWhileHidden(bool hold) { m_holdWhileHidden = hold; }
    // Shows and raises every prompt still waiting (after the window was shown).
    void showPending();
    RequestDialog *dialogFor(const QUuid &id) const;
    QList<RequestDialog *> dialogs() const;

Q_SIGNALS:
    // A new prompt exists; shown says whether it is on screen already.
    void requestArrived(const Ferry::Net::IncomingRequest &request, bool shown);

private:
    void prompt(const Net::IncomingRequest &request);
    void onClosed(const QUuid &id);

    QWidget *m_window;
    QPointer<Net::SpacedropService> m_service;
    QHash<QUuid, QPointer<RequestDialog>> m_dialogs;
    bool m_holdWhileHidden = false;
};

} // namespace Ferry::Ui
