#pragma once

#include <QStyledItemDelegate>

namespace Ferry::Ui {

// Base of the delegates that draw a row themselves (devices, transfers): the style draws the
// row's background, selection, focus and hover, so that they match the platform, and the
// subclass draws the content on top.
class RowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // Draws the background of index's row and returns its style option (text and icon cleared).
    QStyleOptionViewItem paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const;
};

} // namespace Ferry::Ui
