#pragma once

#include <QListView>
#include <QPersistentModelIndex>

namespace Ferry::Ui {

// The nearby devices, as a drop target: files or folders dragged from any file manager onto a
// device are reported with filesDropped (the view never reads them: the service walks folders in
// the background). Only local files are accepted; the row under the pointer is outlined.
class DeviceListView : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListView)
public:
    explicit DeviceListView(QWidget *parent = nullptr);

    // The local paths of mime's URLs, in order; empty when any URL is not a local file (a drop
    // that mixes web links and files is refused whole rather than half sent).
    static QStringList localPaths(const QMimeData *mime);

Q_SIGNALS:
    void filesDropped(const QModelIndex &device, const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setDropTarget(const QModelIndex &index);

    QPersistentModelIndex m_dropTarget;
};

} // namespace Ferry::Ui
