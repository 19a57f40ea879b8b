#include "ui/requestprompter.h"

#include "net/operations/spacedrop/spacedropservice.h"
#include "ui/models/uilog.h"
#include "ui/requestdialog.h"

#include <QWidget>

namespace Ferry::Ui {

RequestPrompter::RequestPrompter(QWidget *window) : QObject(window), m_window(window) { }

void RequestPrompter::setService(Net::SpacedropService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!service)
        return;
    connect(service, &Net::SpacedropService::requestReceived, this, &RequestPrompter::prompt);
    connect(service, &Net::SpacedropService::requestClosed, this, &RequestPrompter::onClosed);
    const QList<Net::IncomingRequest> waiting = service->pendingRequests();
    for (const Net::IncomingRequest &request : waiting)
        prompt(request);
}

void RequestPrompter::prompt(const Net::IncomingRequest &request)
{
    if (m_dialogs.value(request.id))
        return;
    auto *dialog = new RequestDialog(m_service, request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.insert(request.id, dialog);
    connect(dialog, &QObject::destroyed, this, [this, id = request.id] { m_dialogs.remove(id); });
    const bool shown = !m_holdWhileHidden || (m_window->isVisible() && !m_window->isMinimized());
    if (shown) {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }
    // Logged for the end-to-end tests, which watch front-ends in other processes.
    qCInfo(lcUi).noquote() << "request" << request.id.toString(QUuid::WithoutBraces) << "from"
                           << request.sender.shortText()
                           << (shown ? "shown in the window" : "held until the window shows");
    connect(dialog, &RequestDialog::answered, this, [](const QUuid &id, bool accepted) {
        qCInfo(lcUi).noquote() << "request" << id.toString(QUuid::WithoutBraces)
                               << (accepted ? "accepted in the window" : "rejected in the window");
    });
    connect(dialog, &RequestDialog::closedElsewhere, this, [dialog](const QUuid &id) {
        qCInfo(lcUi).noquote() << "request" << id.toString(QUuid::WithoutBraces)
                               << "closed elsewhere:" << dialog->outcome();
    });
    emit requestArrived(request, shown);
}

void RequestPrompter::onClosed(const QUuid &id)
{
    // Nobody saw it: a prompt that only says "this is over" would be noise.
    RequestDialog *dialog = m_dialogs.value(id);
    if (dialog && !dialog->isVisible())
        dialog->deleteLater();
}

void RequestPrompter::showPending()
{
    for (const QPointer<RequestDialog> &dialog : std::as_const(m_dialogs)) {
        if (!dialog || !dialog->isOpen())
            continue;
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }
}

RequestDialog *RequestPrompter::dialogFor(const QUuid &id) const
{
    return m_dialogs.value(id);
}

QList<RequestDialog *> RequestPrompter::dialogs() const
{
    QList<RequestDialog *> list;
    for (const QPointer<RequestDialog> &dialog : m_dialogs) {
        if (dialog)
            list << dialog;
    }
    return list;
}

} // namespace Ferry::Ui
