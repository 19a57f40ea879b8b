#pragma once

#include "ui/models/appsettings.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Ferry::Ui {

// Edits AppSettings: device name, download folder, networking on/off, discovery interfaces,
// listening port, request timeout, language, start minimised. OK checks the download folder (it
// must be an existing, writable folder) and keeps the dialog open, saying why, when it is not;
// settings() then holds the new values.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(const AppSettings &current, QWidget *parent = nullptr);

    AppSettings settings() const;
    // Without a tray, "start minimised" would start with no window at all: it is disabled.
    void setTrayAvailable(bool available);
    // Empty when the values can be saved; else why not, in words.
    QString validationError() const;

    void accept() override;

private:
    QWidget *makeGeneralBox();
    QWidget *makeNetworkBox();
    void fillInterfaces(const QStringList &chosen);
    void chooseFolder();
    void updateEnabled();

    AppSettings m_initial;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_networking = nullptr;
    QRadioButton *m_allInterfaces = nullptr;
    QRadioButton *m_someInterfaces = nullptr;
    QListWidget *m_interfaces = nullptr;
    QCheckBox *m_defaultPort = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_startMinimised = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Ferry::Ui
