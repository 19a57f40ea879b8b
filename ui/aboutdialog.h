#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
QT_END_NAMESPACE

namespace Ferry::Ui {

struct NodeStatus;

// About Ferry: the version, this device's name and identity (full text, short form and
// fingerprint, so that a person can compare them with what another device shows), and where the
// private key is kept, with a visible warning when the keychain was not usable and the key fell
// back to a file.
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(const NodeStatus &status, QWidget *parent = nullptr);

    void setStatus(const NodeStatus &status);

private:
    QLabel *m_device = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_shortId = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_keyStorage = nullptr;
    QWidget *m_warningBox = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace Ferry::Ui
