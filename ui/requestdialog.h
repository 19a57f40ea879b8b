#pragma once

#include "net/operations/spacedrop/transferinfo.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Ferry::Net {
class SpacedropService;
} // namespace Ferry::Net

namespace Ferry::Ui {

// Asks whether to accept an incoming Spacedrop request: who sends (name and identity short
// form), what (the first entries with their sizes, "+ N more", the total), where it would go
// (changeable, with the free space there), and how long is left before the request declines by
// itself. Accept and Reject answer the service; closing the prompt rejects. When the request is
// closed some other way (timed out, withdrawn, answered elsewhere) the prompt says so and only
// offers Close.
class RequestDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)
public:
    static constexpr int kShownEntries = 6;

    RequestDialog(Net::SpacedropService *service, const Net::IncomingRequest &request,
                  QWidget *parent = nullptr);

    QUuid requestId() const { return m_request.id; }
    QString destination() const { return m_destination; }
    void setDestination(const QString &folder);
    bool isOpen() const { return !m_closed; } // the request still waits for an answer
    QString outcome() const; // what happened to a closed request, in words
    qint64 remainingSeconds() const;

    void accept() override; // accepts the request into destination()
    void reject() override; // declines it (or just closes once it is no longer open)

Q_SIGNALS:
    void answered(const QUuid &id, bool accepted);
    void closedElsewhere(const QUuid &id);

private:
    QWidget *makeHeader();
    QWidget *makeEntries();
    QWidget *makeDestination();
    QWidget *makeButtons();
    void chooseDestination();
    void updateCountdown();
    void markClosed(const QString &outcome);
    void onRequestClosed(const QUuid &id);

    QPointer<Net::SpacedropService> m_service;
    Net::IncomingRequest m_request;
    QString m_destination;
    QDeadlineTimer m_deadline;
    QTimer m_tick;
    bool m_closed = false;

    QTreeWidget *m_entries = nullptr;
    QLineEdit *m_destinationEdit = nullptr;
    QLabel *m_freeSpace = nullptr;
    QLabel *m_countdown = nullptr;
    QProgressBar *m_countdownBar = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Ferry::Ui
