#include "ui/transfersview.h"

#include "net/operations/spacedrop/transferinfo.h"
#include "ui/filemanager.h"
#include "ui/icons.h"
#include "ui/models/transferlistmodel.h"
#include "ui/transferdelegate.h"
#include "ui/transferrowmodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Ferry::Ui {

using Net::TransferDirection;
using Net::TransferState;

TransfersView::TransfersView(TransferListModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_rows(new TransferRowModel(this)),
      m_fileManager(new FileManager(this))
{
    m_rows->setSourceModel(model);
    connect(m_fileManager, &FileManager::failed, this, [this](const QString &path) {
        emit messageRaised(tr("No application could show %1.").arg(QDir::toNativeSeparators(path)));
    });
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("transferList"));
    m_list->setAccessibleName(tr("Transfers"));
    m_list->setModel(m_rows);
    m_list->setItemDelegate(new TransferDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_empty = new QLabel(tr("No transfers yet. Drop files or folders on a device to send them, "
                            "or use Send files…"),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    makeActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeButtonRow());
    layout->addWidget(m_stack, 1);
    followModel();
    updateEmptyState();
    updateActions();
}

void TransfersView::makeActions()
{
    m_pause = makeAction(tr("&Pause"), QStringLiteral("pause"), Icons::action(Icons::Action::Pause),
                         QKeySequence(tr("Ctrl+P")));
    m_resume = makeAction(tr("Res&ume"), QStringLiteral("resume"),
                          Icons::action(Icons::Action::Resume), QKeySequence(tr("Ctrl+R")));
    m_cancel = makeAction(tr("&Cancel"), QStringLiteral("cancel"),
                          Icons::action(Icons::Action::Cancel), QKeySequence(Qt::Key_Delete));
    m_retry = makeAction(tr("Re&try"), QStringLiteral("retry"), Icons::action(Icons::Action::Retry),
                         QKeySequence(tr("Ctrl+Shift+R")));
    m_openFolder = makeAction(tr("Open f&older"), QStringLiteral("openFolder"),
                              Icons::action(Icons::Action::Folder), QKeySequence(tr("Ctrl+E")));
    m_showFile = makeAction(tr("Sho&w file"), QStringLiteral("showFile"),
                            Icons::action(Icons::Action::ShowFile), QKeySequence(tr("Ctrl+L")));
    m_remove = makeAction(tr("Remove from &list"), QStringLiteral("remove"),
                          Icons::action(Icons::Action::Remove),
                          QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_clearFinished = makeAction(tr("C&lear finished"), QStringLiteral("clearFinished"),
                                 Icons::action(Icons::Action::Remove), QKeySequence());

    connect(m_pause, &QAction::triggered, this, [this] {
        runOnCurrent(&TransferListModel::pause, tr("This transfer cannot be paused now."));
    });
    connect(m_resume, &QAction::triggered, this, [this] {
        runOnCurrent(&TransferListModel::resume, tr("This transfer cannot be resumed now."));
    });
    connect(m_cancel, &QAction::triggered, this, [this] {
        runOnCurrent(&TransferListModel::cancel, tr("This transfer cannot be cancelled now."));
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        runOnCurrent(&TransferListModel::retry, tr("This transfer cannot be sent again now."));
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        runOnCurrent(&TransferListModel::remove, tr("Only finished transfers can be removed."));
    });
    connect(m_clearFinished, &QAction::triggered, m_model, &TransferListModel::removeFinished);
    connect(m_openFolder, &QAction::triggered, this, &TransfersView::openFolder);
    connect(m_showFile, &QAction::triggered, this, &TransfersView::showFile);
    connect(m_list, &QListView::activated, this, [this] {
        if (m_showFile->isEnabled())
            showFile();
        else if (m_openFolder->isEnabled())
            openFolder();
    });
}

// Actions follow the current row: its state changes, rows come and go.
void TransfersView::followModel()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TransfersView::updateActions);
    connect(m_rows, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_list->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateActions();
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_rows, signal, this, [this] {
            updateEmptyState();
            updateActions();
        });
    }
    connect(m_rows, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
    });
}

QUuid TransfersView::currentId() const
{
    return m_list->currentIndex().data(TransferListModel::IdRole).toUuid();
}

bool TransfersView::selectTransfer(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_rows->index(row, 0));
    return true;
}

QAction *TransfersView::makeAction(const QString &text, const QString &name, const QIcon &icon,
                                   const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(name + QStringLiteral("Action"));
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty()) {
        action->setToolTip(
            tr("%1 (%2)", "action (its shortcut)")
                .arg(action->iconText(), shortcut.toString(QKeySequence::NativeText)));
    }
    // Only while the transfers panel has focus: Delete in the device list cancels nothing.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    m_list->addAction(action);
    return action;
}

QWidget *TransfersView::makeButtonRow()
{
    auto *row = new QWidget(this);
    m_buttonRow = row;
    // The row takes the width it is given (fitButtons() decides how the buttons look in it).
    row->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, row, layout](QAction *action) {
        auto *button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setObjectName(
            action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setAccessibleName(action->iconText());
        layout->addWidget(button);
        m_buttons << button;
    };
    for (QAction *action : {m_pause, m_resume, m_cancel, m_retry, m_openFolder, m_showFile})
        add(action);
    layout->addStretch(1);
    add(m_clearFinished);
    return row;
}

void TransfersView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitButtons();
}

void TransfersView::fitButtons()
{
    if (!m_buttonRow || m_buttons.isEmpty())
        return;
    int withText = 0;
    for (QToolButton *button : std::as_const(m_buttons)) {
        const QFontMetrics metrics(button->font());
        withText += button->iconSize().width() + metrics.horizontalAdvance(button->text())
            + 4 * metrics.averageCharWidth();
    }
    const Qt::ToolButtonStyle style
        = withText <= m_buttonRow->width() ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    for (QToolButton *button : std::as_const(m_buttons))
        button->setToolButtonStyle(style);
}

void TransfersView::updateActions()
{
    const QModelIndex index = m_list->currentIndex();
    const auto can = [&index](int role) { return index.isValid() && index.data(role).toBool(); };
    m_pause->setEnabled(can(TransferListModel::CanPauseRole));
    m_resume->setEnabled(can(TransferListModel::CanResumeRole));
    m_cancel->setEnabled(can(TransferListModel::CanCancelRole));
    m_retry->setEnabled(can(TransferListModel::CanRetryRole));
    m_remove->setEnabled(can(TransferListModel::CanRemoveRole));
    m_openFolder->setEnabled(!folderOf(index).isEmpty());
    m_showFile->setEnabled(!fileOf(index).isEmpty());
    m_clearFinished->setEnabled(m_rows->rowCount() > 0);
}

void TransfersView::updateEmptyState()
{
    const bool empty = m_rows->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_rows->index(0, 0));
}

void TransfersView::runOnCurrent(bool (TransferListModel::*command)(const QUuid &),
                                 const QString &failure)
{
    const QUuid id = currentId();
    if (id.isNull())
        return;
    if (!(m_model->*command)(id))
        emit messageRaised(failure);
    updateActions();
}

QString TransfersView::folderOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const QString local = index.data(TransferListModel::LocalPathRole).toString();
    QString folder
        = index.data(TransferListModel::DirectionRole).toInt() == int(TransferDirection::Incoming)
        ? index.data(TransferListModel::DestinationRole).toString()
        : QString();
    if (folder.isEmpty() && !local.isEmpty())
        folder = QFileInfo(local).absolutePath();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QString();
}

QString TransfersView::fileOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const bool incoming
        = index.data(TransferListModel::DirectionRole).toInt() == int(TransferDirection::Incoming);
    // A file being received is incomplete: only show it once it is all there.
    if (incoming
        && index.data(TransferListModel::StateRole).toInt() != int(TransferState::Completed))
        return {};
    const QString local = index.data(TransferListModel::LocalPathRole).toString();
    return !local.isEmpty() && QFileInfo::exists(local) ? local : QString();
}

void TransfersView::openFolder()
{
    const QString folder = folderOf(m_list->currentIndex());
    if (!folder.isEmpty())
        openPath(folder);
}

void TransfersView::showFile()
{
    const QString file = fileOf(m_list->currentIndex());
    if (!file.isEmpty())
        m_fileManager->showFile(file);
}

void TransfersView::openPath(const QString &path)
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit messageRaised(tr("No application could open %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Ferry::Ui
