#include "ui/sendtodialog.h"

#include "ui/devicedelegate.h"
#include "ui/icons.h"
#include "ui/models/peerlistmodel.h"
#include "ui/textformat.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ferry::Ui {

namespace {

constexpr int kNamedMissing = 3; // missing items named in the note; the rest are counted

// The name a path is shown by: its last part ("/" has none, so it is shown whole).
QString shownName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return TextFormat::printable(name.isEmpty() ? path : name);
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SendToDialog::SendToDialog(PeerListModel *peers, const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_peers(peers)
{
    setObjectName(QStringLiteral("sendToDialog"));
    setWindowTitle(tr("Send to Device — Ferry"));
    setWindowIcon(Icons::app());
    // Checked once, when the files are handed over: a file that is gone now is named here rather
    // than failing as a transfer later.
    for (const QString &path : paths)
        (QFileInfo::exists(path) ? m_paths : m_missing).append(path);

    auto *layout = new QVBoxLayout(this);
    m_title = plainLabel(
        m_paths.isEmpty() ? tr("Nothing to send.") : tr("Send %1 to:").arg(summary()), this);
    m_title->setObjectName(QStringLiteral("sendToTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    if (!m_missing.isEmpty())
        layout->addWidget(makeMissingNote());

    auto *devicesLabel = new QLabel(tr("&Devices nearby:"), this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("sendToDeviceList"));
    m_list->setAccessibleName(tr("Nearby devices"));
    m_list->setAccessibleDescription(
        tr("Choose the devices to send to. Space selects or deselects the current device."));
    m_list->setItemDelegate(new DeviceDelegate(m_list));
    m_list->setModel(m_peers);
    // A click or Space toggles a device, so several are chosen without modifier keys.
    m_list->setSelectionMode(QAbstractItemView::MultiSelection);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    devicesLabel->setBuddy(m_list);
    m_empty = plainLabel(emptyText(), this);
    m_empty->setObjectName(QStringLiteral("noDevicesLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    layout->addWidget(devicesLabel);
    layout->addWidget(m_stack, 1);

    layout->addWidget(makeButtons());

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SendToDialog::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_peers, signal, this, &SendToDialog::onRowsChanged);
    connect(m_peers, &QAbstractItemModel::modelReset, this, &SendToDialog::onRowsChanged);
    onRowsChanged();
    resize(420, 380);
}

QDialogButtonBox *SendToDialog::makeButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SendToDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendToDialog::reject);
    return buttons;
}

QLabel *SendToDialog::makeMissingNote()
{
    QStringList names;
    for (const QString &path :
         std::as_const(m_missing).first(std::min<qsizetype>(m_missing.size(), kNamedMissing)))
        names << shownName(path);
    QString list = names.join(tr(", ", "between the names of missing files"));
    if (m_missing.size() > kNamedMissing)
        list = tr("%1 and %n more", "missing file names, then how many others",
                  int(m_missing.size() - kNamedMissing))
                   .arg(list);
    const int count = int(m_missing.size());
    auto *note = plainLabel(
        m_paths.isEmpty()
            ? tr("%n item(s) could not be found: %1", "nothing else was given", count).arg(list)
            : tr("%n item(s) could not be found and will not be sent: %1", nullptr, count)
                  .arg(list),
        this);
    note->setObjectName(QStringLiteral("missingNote"));
    note->setAccessibleName(tr("Warning"));
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return note;
}

QString SendToDialog::summary() const
{
    if (m_paths.isEmpty())
        return {};
    return TextFormat::firstAndMore(shownName(m_paths.first()), int(m_paths.size()));
}

QString SendToDialog::emptyText() const
{
    return tr("No device found yet.\nDevices running Ferry on this network appear here as soon "
              "as they are found.");
}

QList<Net::RemoteIdentity> SendToDialog::selectedDevices() const
{
    return m_peers->identitiesOf(m_list->selectionModel()->selectedRows());
}

void SendToDialog::onRowsChanged()
{
    const int rows = m_peers->rowCount();
    const bool wasEmpty = m_stack->currentWidget() == m_empty;
    m_stack->setCurrentWidget(rows > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    if (rows > 0 && !m_list->currentIndex().isValid())
        m_list->selectionModel()->setCurrentIndex(m_peers->index(0, 0),
                                                  QItemSelectionModel::NoUpdate);
    // The only device there is, once: Send (or Enter) then sends at once. Never again after
    // that, so a device the user deselected is not chosen behind their back.
    if (rows == 1 && !m_autoChosen && !m_list->selectionModel()->hasSelection()) {
        m_autoChosen = true;
        m_list->selectionModel()->select(m_peers->index(0, 0), QItemSelectionModel::Select);
    }
    // Keyboard users land on the list as soon as there is something to choose.
    if (rows > 0 && wasEmpty && (!focusWidget() || focusWidget() == m_cancel))
        m_list->setFocus();
    updateState();
}

void SendToDialog::updateState()
{
    const int count = int(selectedDevices().size());
    m_send->setEnabled(!m_paths.isEmpty() && count > 0);
    m_send->setText(count > 0 && !m_paths.isEmpty() ? tr("&Send to %n Device(s)", nullptr, count)
                                                    : tr("&Send"));
}

void SendToDialog::accept()
{
    const QList<Net::RemoteIdentity> devices = selectedDevices();
    if (devices.isEmpty() || m_paths.isEmpty())
        return;
    emit sendRequested(devices, m_paths);
    QDialog::accept();
}

} // namespace Ferry::Ui
