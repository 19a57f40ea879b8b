#include "ui/transferdelegate.h"

#include "net/operations/spacedrop/transferinfo.h"
#include "ui/icons.h"
#include "ui/models/transferlistmodel.h"
#include "ui/transferrowmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Ferry::Ui {

namespace {
constexpr int kMargin = 6;
constexpr int kIconSize = 24;
constexpr int kBarHeight = 8;
constexpr int kSpacing = 3;
} // namespace

TransferDelegate::TransferDelegate(QObject *parent) : RowDelegate(parent) { }

void TransferDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QStyleOptionViewItem opt = paintBackground(painter, option, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool incoming = index.data(TransferListModel::DirectionRole).toInt()
        == int(Net::TransferDirection::Incoming);
    Icons::action(incoming ? Icons::Action::Incoming : Icons::Action::Outgoing)
        .paint(painter, QRect(area.left(), area.top(), kIconSize, kIconSize));
    const QRect body = area.adjusted(kIconSize + kMargin * 2, 0, 0, 0);
    const int lineHeight = paintTitleLine(painter, opt, index, body);

    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    // Qt 6 has no orientation member: without State_Horizontal styles draw the bar vertically.
    bar.state = (opt.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.rect = QRect(body.left(), body.top() + lineHeight + kSpacing, body.width(), kBarHeight);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = TransferRowModel::percent(index);
    bar.textVisible = false;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    const QFontMetrics metrics(opt.font);
    painter->setFont(opt.font);
    painter->setPen(secondaryColor(opt));
    const QRect statusRect(body.left(), bar.rect.bottom() + 1 + kSpacing, body.width(),
                           metrics.height());
    painter->drawText(
        statusRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(TransferRowModel::status(index), Qt::ElideRight, statusRect.width()));
    painter->restore();
}

int TransferDelegate::paintTitleLine(QPainter *painter, const QStyleOptionViewItem &opt,
                                     const QModelIndex &index, const QRect &body) const
{
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);
    const QString title = TransferRowModel::title(index);
    const QString subtitle = TransferRowModel::subtitle(index);
    // The title gets what it needs up to half the row, the subtitle the rest.
    const int titleNeeds = boldMetrics.horizontalAdvance(title) + kMargin * 2;
    // +2: horizontalAdvance() rounds, and elidedText() elides text that is a fraction too wide.
    const int subtitleWidth = std::min(metrics.horizontalAdvance(subtitle) + 2,
                                       body.width() - std::min(titleNeeds, body.width() / 2));
    const int lineHeight = std::max(boldMetrics.height(), metrics.height());

    const bool selected = opt.state & QStyle::State_Selected;
    painter->setFont(bold);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(body.left(), body.top(), body.width() - subtitleWidth - kMargin * 2,
                          lineHeight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideMiddle, titleRect.width()));
    painter->setFont(opt.font);
    painter->setPen(secondaryColor(opt));
    painter->drawText(QRect(body.right() - subtitleWidth, body.top(), subtitleWidth, lineHeight),
                      Qt::AlignRight | Qt::AlignVCenter,
                      metrics.elidedText(subtitle, Qt::ElideRight, subtitleWidth));
    return lineHeight;
}

QColor TransferDelegate::secondaryColor(const QStyleOptionViewItem &opt)
{
    const bool selected = opt.state & QStyle::State_Selected;
    // The text colour, a little faded: it follows any palette, light or dark.
    QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(0.7f);
    return color;
}

QSize TransferDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int lineHeight = std::max(QFontMetrics(bold).height(), option.fontMetrics.height());
    const int height
        = lineHeight + kSpacing + kBarHeight + kSpacing + option.fontMetrics.height() + kMargin * 2;
    return {option.fontMetrics.averageCharWidth() * 40, height};
}

} // namespace Ferry::Ui
