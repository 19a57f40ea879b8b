#pragma once

#include <QUuid>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QIcon;
class QKeySequence;
class QLabel;
class QListView;
class QModelIndex;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace Ferry::Ui {

class FileManager;
class TransferListModel;
class TransferRowModel;

// The transfers panel: every transfer of TransferListModel as a row (TransferDelegate), and the
// row actions pause, resume, cancel, retry, open folder, show file and remove, as buttons, in the
// row's context menu and on keys (they act while the panel has focus). An action is enabled only
// when the model says the transfer can do it now.
class TransfersView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersView)
public:
    explicit TransfersView(TransferListModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QUuid currentId() const;
    // Makes the transfer with id the current row (false when it is not in the list).
    bool selectTransfer(const QUuid &id);

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // Something the status bar should say (an action that could not be done).
    void messageRaised(const QString &text);

private:
    QAction *makeAction(const QString &text, const QString &name, const QIcon &icon,
                        const QKeySequence &shortcut);
    void makeActions();
    QWidget *makeButtonRow();
    void followModel();
    void updateActions();
    void updateEmptyState();
    // Text beside the icons when the row has room for it (long languages: German), else icons
    // alone, their text in tooltips: the row never widens the window.
    void fitButtons();
    void runOnCurrent(bool (TransferListModel::*command)(const QUuid &), const QString &failure);
    void openFolder();
    void showFile();
    void openPath(const QString &path);
    QString folderOf(const QModelIndex &index) const;
    QString fileOf(const QModelIndex &index) const;

    TransferListModel *m_model;
    TransferRowModel *m_rows;
    FileManager *m_fileManager;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_buttonRow = nullptr;
    QList<QToolButton *> m_buttons;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_showFile = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_clearFinished = nullptr;
};

} // namespace Ferry::Ui
