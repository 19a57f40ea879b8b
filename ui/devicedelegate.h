#pragma once

#include "ui/rowdelegate.h"

namespace Ferry::Ui {

// One nearby device: its kind's icon (with a dot while connected), its name, and "Connected" or
// "Available" with its OS beneath. The tooltip gives the identity's short form, which is how two
// devices with the same name are told apart.
class DeviceDelegate : public RowDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDelegate)
public:
    static constexpr int kIconSize = 32;

    explicit DeviceDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static QString stateLine(const QModelIndex &index); // "Connected · Linux"
    static QString toolTip(const QModelIndex &index);
};

} // namespace Ferry::Ui
