#include "ui/devicedelegate.h"

#include "ui/icons.h"
#include "ui/models/peerlistmodel.h"
#include "ui/textformat.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Ferry::Ui {

namespace {
constexpr int kMargin = 6;
constexpr int kBadge = 12;
} // namespace

DeviceDelegate::DeviceDelegate(QObject *parent) : RowDelegate(parent) { }

QString DeviceDelegate::stateLine(const QModelIndex &index)
{
    const bool connected = index.data(PeerListModel::ConnectedRole).toBool();
    const QString state = connected ? tr("Connected") : tr("Available");
    const QString os = TextFormat::printable(index.data(PeerListModel::OsRole).toString());
    if (os.isEmpty())
        return state;
    return tr("%1 · %2", "connection state · operating system").arg(state, os);
}

QString DeviceDelegate::toolTip(const QModelIndex &index)
{
    const QString name = TextFormat::printable(index.data(PeerListModel::NameRole).toString());
    const QString shortId = index.data(PeerListModel::ShortIdRole).toString();
    QString text = tr("%1\nIdentity: %2").arg(name, shortId);
    const QString model = TextFormat::printable(index.data(PeerListModel::ModelRole).toString());
    if (!model.isEmpty())
        text += QLatin1Char('\n') + tr("Model: %1").arg(model);
    const QString address = index.data(PeerListModel::AddressRole).toString();
    if (!address.isEmpty())
        text += QLatin1Char('\n') + tr("Address: %1").arg(address);
    return text;
}

void DeviceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QStyleOptionViewItem opt = paintBackground(painter, option, index);

    painter->save();
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect iconRect(area.left(), area.top() + (area.height() - kIconSize) / 2, kIconSize,
                         kIconSize);
    const auto kind = PeerListModel::DeviceKind(index.data(PeerListModel::DeviceKindRole).toInt());
    Icons::device(kind).paint(painter, iconRect);
    if (index.data(PeerListModel::ConnectedRole).toBool()) {
        const QRect badge(iconRect.right() - kBadge + 2, iconRect.bottom() - kBadge + 2, kBadge,
                          kBadge);
        Icons::bundled(QStringLiteral("online")).paint(painter, badge);
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.7f);

    const QRect textRect = area.adjusted(kIconSize + kMargin * 2, 0, 0, 0);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics metrics(opt.font);
    const int top
        = textRect.top() + (textRect.height() - nameMetrics.height() - metrics.height()) / 2;
    const QString name = TextFormat::printable(index.data(PeerListModel::NameRole).toString());
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, textRect.width()));
    painter->setFont(opt.font);
    painter->setPen(secondary);
    painter->drawText(
        QRect(textRect.left(), top + nameMetrics.height(), textRect.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(stateLine(index), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize DeviceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const int textHeight = QFontMetrics(nameFont).height() + option.fontMetrics.height();
    const int height = std::max(kIconSize, textHeight) + kMargin * 2;
    return {kIconSize + kMargin * 4 + option.fontMetrics.averageCharWidth() * 16, height};
}

bool DeviceDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QToolTip::showText(event->globalPos(), toolTip(index), view, option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Ferry::Ui
