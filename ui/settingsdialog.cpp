#include "ui/settingsdialog.h"

#include "net/manualpeers.h"
#include "net/peermetadata.h"
#include "ui/icons.h"
#include "ui/models/languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkInterface>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Ferry::Ui {

namespace {

constexpr int kMinPort = 1024; // below need privileges
constexpr int kMaxPort = 65535;

QString defaultDownloadFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return QFileInfo(downloads).isDir() ? downloads : QDir::homePath();
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, QWidget *parent)
    : QDialog(parent), m_initial(current)
{
    setWindowTitle(tr("Settings — Ferry"));
    setWindowIcon(Icons::app());
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeGeneralBox());
    layout->addWidget(makeNetworkBox(), 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    m_name->setText(current.deviceName);
    m_folder->setText(QDir::toNativeSeparators(current.downloadFolder));
    m_networking->setChecked(current.networkingEnabled);
    m_allInterfaces->setChecked(current.discoveryInterfaces.isEmpty());
    m_someInterfaces->setChecked(!current.discoveryInterfaces.isEmpty());
    fillInterfaces(current.discoveryInterfaces);
    m_defaultPort->setChecked(current.listenPort == 0);
    m_port->setValue(current.listenPort == 0 ? int(Net::ManualPeers::kDefaultPort)
                                             : current.listenPort);
    m_timeout->setValue(current.requestTimeoutSeconds);
    m_startMinimised->setChecked(current.startMinimised);
    // A language this build does not ship (a hand-edited file) shows as the system default.
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    connect(m_defaultPort, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_someInterfaces, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    updateEnabled();
}

QWidget *SettingsDialog::makeGeneralBox()
{
    auto *box = new QGroupBox(tr("This device"), this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("deviceNameEdit"));
    m_name->setMaxLength(int(Net::PeerMetadata::kMaxName));
    m_name->setPlaceholderText(QSysInfo::machineHostName());
    m_name->setClearButtonEnabled(true);
    form->addRow(tr("Device &name:"), m_name);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(box);
    m_folder->setObjectName(QStringLiteral("downloadFolderEdit"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(defaultDownloadFolder()));
    auto *browse = new QPushButton(tr("&Browse…"), box);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(tr("Choose the download folder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Download folder:"), box);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_timeout = new QSpinBox(box);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(AppSettings::kMinRequestTimeout, AppSettings::kMaxRequestTimeout);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_timeout->setToolTip(tr("An incoming request nobody answers is rejected after this time."));
    form->addRow(tr("&Answer requests within:"), m_timeout);

    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Languages::shipped())
        m_language->addItem(Languages::nativeName(code), code);
    m_language->setToolTip(tr("Ferry uses the new language from its next start."));
    form->addRow(tr("&Language:"), m_language);

    m_startMinimised = new QCheckBox(tr("Start &minimised in the system tray"), box);
    m_startMinimised->setObjectName(QStringLiteral("startMinimisedCheck"));
    form->addRow(m_startMinimised);
    return box;
}

QWidget *SettingsDialog::makeNetworkBox()
{
    auto *box = new QGroupBox(tr("Network"), this);
    auto *form = new QFormLayout(box);
    m_networking = new QCheckBox(tr("&Enable networking (discovery and transfers)"), box);
    m_networking->setObjectName(QStringLiteral("networkingCheck"));
    form->addRow(m_networking);

    m_allInterfaces = new QRadioButton(tr("Look for devices on every network &interface"), box);
    m_allInterfaces->setObjectName(QStringLiteral("allInterfacesRadio"));
    m_someInterfaces = new QRadioButton(tr("&Only on these interfaces:"), box);
    m_someInterfaces->setObjectName(QStringLiteral("someInterfacesRadio"));
    m_interfaces = new QListWidget(box);
    m_interfaces->setObjectName(QStringLiteral("interfaceList"));
    m_interfaces->setAccessibleName(tr("Discovery interfaces"));
    m_interfaces->setMaximumHeight(fontMetrics().height() * 6);
    form->addRow(m_allInterfaces);
    form->addRow(m_someInterfaces);
    form->addRow(m_interfaces);

    auto *portRow = new QHBoxLayout;
    m_defaultPort
        = new QCheckBox(tr("Use the default &port (%1)").arg(Net::ManualPeers::kDefaultPort), box);
    m_defaultPort->setObjectName(QStringLiteral("defaultPortCheck"));
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(kMinPort, kMaxPort);
    m_port->setAccessibleName(tr("Listening port"));
    portRow->addWidget(m_defaultPort);
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    auto *portLabel = new QLabel(tr("Listening port:"), box);
    portLabel->setBuddy(m_defaultPort);
    form->addRow(portLabel, portRow);
    return box;
}

void SettingsDialog::fillInterfaces(const QStringList &chosen)
{
    QStringList present;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (flags.testFlag(QNetworkInterface::IsLoopBack)
            || !flags.testFlag(QNetworkInterface::CanMulticast))
            continue;
        present << interface.name();
        const QString label = interface.humanReadableName() == interface.name()
            ? interface.name()
            : tr("%1 (%2)", "interface name (its description)")
                  .arg(interface.name(), interface.humanReadableName());
        auto *item = new QListWidgetItem(label, m_interfaces);
        item->setData(Qt::UserRole, interface.name());
        item->setCheckState(chosen.contains(interface.name()) ? Qt::Checked : Qt::Unchecked);
    }
    // Interfaces chosen earlier that are absent now (a dock unplugged) stay chosen.
    for (const QString &name : chosen) {
        if (present.contains(name))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (not present now)").arg(name), m_interfaces);
        item->setData(Qt::UserRole, name);
        item->setCheckState(Qt::Checked);
    }
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.deviceName = m_name->text().trimmed();
    const QString folder = m_folder->text().trimmed();
    s.downloadFolder
        = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    s.networkingEnabled = m_networking->isChecked();
    s.discoveryInterfaces.clear();
    if (m_someInterfaces->isChecked()) {
        for (int i = 0; i < m_interfaces->count(); ++i) {
            const QListWidgetItem *item = m_interfaces->item(i);
            if (item->checkState() == Qt::Checked)
                s.discoveryInterfaces << item->data(Qt::UserRole).toString();
        }
    }
    s.listenPort = m_defaultPort->isChecked() ? 0 : m_port->value();
    s.requestTimeoutSeconds = m_timeout->value();
    s.startMinimised = m_startMinimised->isChecked();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_startMinimised->setEnabled(available);
    m_startMinimised->setToolTip(available ? QString()
                                           : tr("There is no system tray on this desktop."));
}

QString SettingsDialog::validationError() const
{
    const AppSettings s = settings();
    if (!s.downloadFolder.isEmpty()) {
        const QFileInfo folder(s.downloadFolder);
        if (!folder.isAbsolute())
            return tr("The download folder must be a full path, such as %1.")
                .arg(QDir::toNativeSeparators(defaultDownloadFolder()));
        if (!folder.isDir())
            return tr("The download folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(s.downloadFolder));
        if (!folder.isWritable())
            return tr("Ferry cannot write in the download folder %1.")
                .arg(QDir::toNativeSeparators(s.downloadFolder));
    }
    if (m_someInterfaces->isChecked() && s.discoveryInterfaces.isEmpty())
        return tr("Choose at least one network interface, or look on every interface.");
    return {};
}

void SettingsDialog::accept()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

void SettingsDialog::chooseFolder()
{
    const QString start = m_folder->text().trimmed().isEmpty() ? defaultDownloadFolder()
                                                               : m_folder->text().trimmed();
    auto *picker = new QFileDialog(this, tr("Download folder"), start);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(QDir::toNativeSeparators(folder)); });
    picker->open();
}

void SettingsDialog::updateEnabled()
{
    m_interfaces->setEnabled(m_someInterfaces->isChecked());
    m_port->setEnabled(!m_defaultPort->isChecked());
}

} // namespace Ferry::Ui
