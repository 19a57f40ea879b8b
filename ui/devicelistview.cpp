#include "ui/devicelistview.h"

#include "ui/devicedelegate.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace Ferry::Ui {

DeviceListView::DeviceListView(QWidget *parent) : QListView(parent)
{
    setAccessibleName(tr("Nearby devices"));
    setAccessibleDescription(tr("Drop files or folders on a device to send them to it."));
    setItemDelegate(new DeviceDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false); // the whole row is the target; paintEvent outlines it
    setUniformItemSizes(true);
    setMouseTracking(true);
}

QStringList DeviceListView::localPaths(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile() || url.toLocalFile().isEmpty())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

void DeviceListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (localPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    // Accepted here even over empty space: dragMoveEvent refines it row by row.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setDropTarget(indexAt(event->position().toPoint()));
}

void DeviceListView::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    setDropTarget(index);
    if (!index.isValid() || localPaths(event->mimeData()).isEmpty()) {
        event->ignore(visualRect(index));
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept(visualRect(index));
}

void DeviceListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget({});
    event->accept();
}

void DeviceListView::dropEvent(QDropEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const QStringList paths = localPaths(event->mimeData());
    setDropTarget({});
    if (!index.isValid() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setCurrentIndex(index);
    emit filesDropped(index, paths);
}

void DeviceListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!m_dropTarget.isValid())
        return;
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawRoundedRect(QRectF(visualRect(m_dropTarget)).adjusted(1, 1, -1, -1), 4, 4);
}

void DeviceListView::setDropTarget(const QModelIndex &index)
{
    if (QModelIndex(m_dropTarget) == index)
        return;
    m_dropTarget = index;
    viewport()->update();
}

} // namespace Ferry::Ui
