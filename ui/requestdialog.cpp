#include "ui/requestdialog.h"

#include "net/operations/spacedrop/spacedropmessage.h"
#include "net/operations/spacedrop/spacedropservice.h"
#include "ui/icons.h"
#include "ui/textformat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStorageInfo>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ferry::Ui {

using Net::TransferState;

namespace {

constexpr int kTickMs = 250;

// One selected item of the offer: a file, or a folder with everything below it.
struct TopLevelItem
{
    QString name;
    bool folder = false;
    quint64 bytes = 0;
    int files = 0;
};

// The offer's entries grouped by their first path segment, in the order the sender gave them.
QList<TopLevelItem> topLevelItems(const Net::SpacedropEntries &entries)
{
    QList<TopLevelItem> items;
    QHash<QString, qsizetype> indexOf;
    for (const Net::SpacedropEntry &entry : entries) {
        const qsizetype slash = entry.path.indexOf(QLatin1Char('/'));
        const QString name = slash < 0 ? entry.path : entry.path.left(slash);
        auto found = indexOf.constFind(name);
        if (found == indexOf.constEnd()) {
            found = indexOf.insert(name, items.size());
            items.append(TopLevelItem{name});
        }
        TopLevelItem &item = items[*found];
        item.folder = item.folder || slash >= 0 || !entry.isFile();
        if (entry.isFile()) {
            item.bytes += entry.size;
            ++item.files;
        }
    }
    return items;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The closest folder that exists: QStorageInfo needs one to find the file system.
QString existingAncestor(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info.setFile(info.absolutePath());
    return info.absoluteFilePath();
}

} // namespace

RequestDialog::RequestDialog(Net::SpacedropService *service, const Net::IncomingRequest &request,
                             QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_request(request),
      m_deadline(std::max<qint64>(request.timeoutMs, 0))
{
    setWindowTitle(tr("Incoming files — Ferry"));
    setWindowIcon(Icons::app());
    setObjectName(QStringLiteral("requestDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeader());
    layout->addWidget(makeEntries(), 1);
    layout->addWidget(makeDestination());

    m_countdown = plainLabel({}, this);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_countdownBar = new QProgressBar(this);
    m_countdownBar->setObjectName(QStringLiteral("countdownBar"));
    m_countdownBar->setAccessibleName(tr("Time left to answer"));
    m_countdownBar->setTextVisible(false);
    m_countdownBar->setMaximumHeight(fontMetrics().height() / 2);
    m_countdownBar->setRange(0, int(std::max<qint64>(request.timeoutMs / kTickMs, 1)));
    layout->addWidget(m_countdown);
    layout->addWidget(m_countdownBar);

    m_status = plainLabel({}, this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    layout->addWidget(makeButtons());

    setDestination(service ? service->defaultDestination() : QDir::homePath());
    if (service) {
        connect(service, &Net::SpacedropService::requestClosed, this,
                &RequestDialog::onRequestClosed);
        connect(service, &QObject::destroyed, this, [this] {
            markClosed(tr("Ferry's network was stopped, so this request is no longer open."));
        });
    }
    connect(&m_tick, &QTimer::timeout, this, &RequestDialog::updateCountdown);
    m_tick.start(kTickMs);
    updateCountdown();
    m_accept->setFocus();
    if (!service)
        markClosed(tr("Ferry's network is off, so this request is no longer open."));
}

QWidget *RequestDialog::makeButtons()
{
    m_buttons = new QDialogButtonBox(this);
    m_reject = m_buttons->addButton(tr("&Reject"), QDialogButtonBox::NoRole);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setIcon(Icons::action(Icons::Action::Cancel));
    m_accept = m_buttons->addButton(tr("&Accept"), QDialogButtonBox::YesRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setIcon(Icons::action(Icons::Action::Incoming));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->hide();
    // Files from another device are never taken on a stray Enter: no default button (Yes and
    // No roles, because a button box makes its first Accept-role button the default).
    for (QPushButton *button : {m_reject, m_accept, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_accept, &QPushButton::clicked, this, &RequestDialog::accept);
    connect(m_reject, &QPushButton::clicked, this, &RequestDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &RequestDialog::reject);
    return m_buttons;
}

QWidget *RequestDialog::makeHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(header);
    icon->setPixmap(Icons::app().pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *texts = new QVBoxLayout;
    const QString name = TextFormat::printable(m_request.senderName);
    auto *title = plainLabel(tr("%1 wants to send you files").arg(name), header);
    title->setObjectName(QStringLiteral("titleLabel"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    texts->addWidget(title);
    auto *identity
        = plainLabel(tr("Device identity: %1").arg(m_request.sender.shortText()), header);
    identity->setObjectName(QStringLiteral("identityLabel"));
    identity->setToolTip(tr("Full identity: %1\nFingerprint: %2")
                             .arg(m_request.sender.toText(), m_request.sender.fingerprint()));
    identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(identity);
    if (!m_request.message.isEmpty()) {
        auto *message
            = plainLabel(tr("Message: “%1”").arg(TextFormat::printable(m_request.message)), header);
        message->setObjectName(QStringLiteral("messageLabel"));
        message->setWordWrap(true);
        texts->addWidget(message);
    }
    row->addLayout(texts, 1);
    return header;
}

QWidget *RequestDialog::makeEntries()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entries = new QTreeWidget(box);
    m_entries->setObjectName(QStringLiteral("entryList"));
    m_entries->setAccessibleName(tr("Files offered"));
    m_entries->setHeaderLabels({tr("Name"), tr("Size")});
    m_entries->setRootIsDecorated(false);
    m_entries->setSelectionMode(QAbstractItemView::NoSelection);
    m_entries->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_entries->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_entries->header()->setStretchLastSection(false);
    const QList<TopLevelItem> items = topLevelItems(m_request.entries);
    for (qsizetype i = 0; i < items.size() && i < kShownEntries; ++i) {
        const TopLevelItem &item = items.at(i);
        const QString size = item.folder
            ? tr("%1 (%2)", "folder size (file count)")
                  .arg(TextFormat::bytes(item.bytes), tr("%n file(s)", nullptr, item.files))
            : TextFormat::bytes(item.bytes);
        auto *row = new QTreeWidgetItem(m_entries, {TextFormat::printable(item.name), size});
        row->setIcon(0, item.folder ? Icons::action(Icons::Action::Folder) : QIcon());
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    layout->addWidget(m_entries);
    if (items.size() > kShownEntries) {
        auto *more = plainLabel(
            tr("+ %n more", "items not listed", int(items.size() - kShownEntries)), box);
        more->setObjectName(QStringLiteral("moreLabel"));
        layout->addWidget(more);
    }
    auto *total
        = plainLabel(tr("Total: %1 in %2")
                         .arg(TextFormat::bytes(m_request.totalBytes),
                              TextFormat::contents(m_request.fileCount, m_request.folderCount)),
                     box);
    total->setObjectName(QStringLiteral("totalLabel"));
    layout->addWidget(total);
    return box;
}

QWidget *RequestDialog::makeDestination()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    // A read-only field: a long path scrolls instead of wrapping out of sight.
    m_destinationEdit = new QLineEdit(box);
    m_destinationEdit->setObjectName(QStringLiteral("destinationEdit"));
    m_destinationEdit->setReadOnly(true);
    m_destinationEdit->setAccessibleName(tr("Destination folder"));
    auto *change = new QPushButton(tr("C&hange…"), box);
    change->setObjectName(QStringLiteral("changeDestinationButton"));
    change->setAccessibleName(tr("Change destination folder"));
    change->setAutoDefault(false);
    connect(change, &QPushButton::clicked, this, &RequestDialog::chooseDestination);
    row->addWidget(m_destinationEdit, 1);
    row->addWidget(change);
    auto *saveTo = new QLabel(tr("&Save to:"), box);
    saveTo->setBuddy(m_destinationEdit);
    form->addRow(saveTo, row);
    m_freeSpace = plainLabel({}, box);
    m_freeSpace->setObjectName(QStringLiteral("freeSpaceLabel"));
    m_freeSpace->setWordWrap(true);
    form->addRow(tr("Free space:"), m_freeSpace);
    return box;
}

void RequestDialog::setDestination(const QString &folder)
{
    m_destination = QDir::cleanPath(folder);
    m_destinationEdit->setText(QDir::toNativeSeparators(m_destination));
    m_destinationEdit->setCursorPosition(0);
    m_destinationEdit->setToolTip(m_destinationEdit->text());
    const QStorageInfo storage(existingAncestor(m_destination));
    if (!storage.isValid() || !storage.isReady()) {
        m_freeSpace->setText(tr("unknown"));
        return;
    }
    const auto available = quint64(std::max<qint64>(storage.bytesAvailable(), 0));
    if (available < m_request.totalBytes) {
        m_freeSpace->setText(
            tr("%1 — not enough for these files (%2 needed)")
                .arg(TextFormat::bytes(available), TextFormat::bytes(m_request.totalBytes)));
        QFont bold = m_freeSpace->font();
        bold.setBold(true);
        m_freeSpace->setFont(bold);
    } else {
        m_freeSpace->setText(TextFormat::bytes(available));
        m_freeSpace->setFont(font());
    }
}

void RequestDialog::chooseDestination()
{
    auto *picker = new QFileDialog(this, tr("Save the files in"), m_destination);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &RequestDialog::setDestination);
    picker->open();
}

qint64 RequestDialog::remainingSeconds() const
{
    return (m_deadline.remainingTime() + 999) / 1000;
}

void RequestDialog::updateCountdown()
{
    if (m_closed)
        return;
    const qint64 left = m_deadline.remainingTime();
    m_countdown->setText(tr("Rejected automatically in %1 if not answered.")
                             .arg(TextFormat::duration(remainingSeconds())));
    m_countdownBar->setValue(int(left / kTickMs));
}

void RequestDialog::accept()
{
    if (m_closed || !m_service) {
        QDialog::reject();
        return;
    }
    QString error;
    if (!m_service->acceptRequest(m_request.id, m_destination, &error)) {
        m_status->setText(tr("Could not accept: %1").arg(TextFormat::printable(error)));
        m_status->show();
        return;
    }
    m_closed = true;
    emit answered(m_request.id, true);
    QDialog::accept();
}

void RequestDialog::reject()
{
    if (!m_closed && m_service) {
        m_closed = true;
        m_service->declineRequest(m_request.id);
        emit answered(m_request.id, false);
    }
    QDialog::reject();
}

void RequestDialog::onRequestClosed(const QUuid &id)
{
    if (id != m_request.id || m_closed)
        return;
    const std::optional<Net::TransferInfo> info
        = m_service ? m_service->transfer(id) : std::nullopt;
    QString text = tr("This request is no longer open.");
    if (info) {
        using Net::Spacedrop::DeclineReason;
        if (info->state == TransferState::Declined) {
            text = DeclineReason(info->declineReason) == DeclineReason::TimedOut
                ? tr("Nobody answered in time, so the request was rejected.")
                : tr("This request was rejected.");
        } else if (info->state == TransferState::Cancelled || info->state == TransferState::Failed
                   || info->state == TransferState::Interrupted) {
            text = tr("%1 withdrew the request.").arg(TextFormat::printable(m_request.senderName));
        } else if (info->state != TransferState::AwaitingDecision) {
            text = tr("This request was accepted.");
        }
    }
    markClosed(text);
    emit closedElsewhere(id);
}

void RequestDialog::markClosed(const QString &outcome)
{
    m_closed = true;
    m_tick.stop();
    m_countdown->hide();
    m_countdownBar->hide();
    m_status->setText(outcome);
    m_status->show();
    m_accept->hide();
    m_reject->hide();
    m_close->show();
    m_close->setFocus();
}

QString RequestDialog::outcome() const
{
    return m_closed ? m_status->text() : QString();
}

} // namespace Ferry::Ui
