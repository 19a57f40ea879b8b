#include "ui/rowdelegate.h"

#include <QApplication>
#include <QStyle>

namespace Ferry::Ui {

QStyleOptionViewItem RowDelegate::paintBackground(QPainter *painter,
                                                  const QStyleOptionViewItem &option,
                                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    return opt;
}

} // namespace Ferry::Ui
