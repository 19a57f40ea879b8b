#pragma once

#include "ui/rowdelegate.h"

namespace Ferry::Ui {

// One transfer row: direction icon, what ("report.pdf + 2 more") and with whom, a progress bar,
// and a status line (state, bytes, speed, time left). Reads TransferRowModel's lines.
class TransferDelegate : public RowDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDelegate)
public:
    explicit TransferDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Title (bold) and subtitle on the first line of body; returns the line's height.
    int paintTitleLine(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                       const QRect &body) const;
    static QColor secondaryColor(const QStyleOptionViewItem &opt);
};

} // namespace Ferry::Ui
