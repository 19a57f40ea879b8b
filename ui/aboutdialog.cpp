#include "ui/aboutdialog.h"

#include "ui/icons.h"
#include "ui/nodestatus.h"
#include "ui/textformat.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Ferry::Ui {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(name);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const NodeStatus &status, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Ferry"));
    setWindowIcon(Icons::app());
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::app().pixmap(64, 64));
    header->addWidget(icon);
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setObjectName(QStringLiteral("versionLabel"));
    title->setText(tr("Ferry %1\nShare files with devices on your local network.")
                       .arg(QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(FERRY_VERSION)
                                : QCoreApplication::applicationVersion()));
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    m_device = valueLabel(this, tr("Device name"));
    m_identity = valueLabel(this, tr("Identity"));
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_shortId = valueLabel(this, tr("Short identity"));
    m_fingerprint = valueLabel(this, tr("Fingerprint"));
    m_keyStorage = valueLabel(this, tr("Private key kept in"));
    m_keyStorage->setObjectName(QStringLiteral("keyStorageLabel"));
    form->addRow(tr("This device:"), m_device);
    form->addRow(tr("Identity:"), m_identity);
    form->addRow(tr("Short form:"), m_shortId);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(tr("Private key kept in:"), m_keyStorage);
    layout->addLayout(form);

    // The warning is a framed box with the style's warning icon, not a colour: it has to read
    // in light and dark palettes alike.
    auto *warningFrame = new QFrame(this);
    warningFrame->setFrameShape(QFrame::StyledPanel);
    auto *warningRow = new QHBoxLayout(warningFrame);
    auto *warningIcon = new QLabel(warningFrame);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
    warningIcon->setAlignment(Qt::AlignTop);
    warningRow->addWidget(warningIcon);
    m_warning = valueLabel(warningFrame, tr("Keychain warning"));
    m_warning->setObjectName(QStringLiteral("keychainWarning"));
    warningRow->addWidget(m_warning, 1);
    m_warningBox = warningFrame;
    layout->addWidget(m_warningBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy identity"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyIdentityButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_identity->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    layout->addWidget(buttons);
    setStatus(status);
}

void AboutDialog::setStatus(const NodeStatus &status)
{
    m_device->setText(TextFormat::printable(status.deviceName));
    const bool known = !status.identity.isNull();
    m_identity->setText(known ? status.identity.toText() : tr("not loaded yet"));
    m_shortId->setText(known ? status.identity.shortText() : QString());
    m_fingerprint->setText(known ? status.identity.fingerprint() : QString());
    m_keyStorage->setText(status.keyStorage.location.isEmpty()
                              ? tr("unknown")
                              : TextFormat::printable(status.keyStorage.location));
    const bool fallback = status.keyStorage.where == Net::KeyStorage::Where::FallbackFile
        || !status.keyStorage.warning.isEmpty();
    m_warning->setText(fallback ? tr("The system keychain could not be used: %1")
                                      .arg(status.keyStorage.warning.isEmpty()
                                               ? tr("the private key is kept in a file that "
                                                    "only you can read.")
                                               : status.keyStorage.warning)
                                : QString());
    m_warningBox->setVisible(fallback);
}

} // namespace Ferry::Ui
