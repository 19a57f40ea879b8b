#include "ui/transferrowmodel.h"

#include "net/operations/spacedrop/transferinfo.h"
#include "ui/models/transferlistmodel.h"
#include "ui/textformat.h"
#include "ui/transfertext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Ferry::Ui {

using Net::TransferState;

namespace {

Net::TransferInfo infoOf(const QModelIndex &index)
{
    return index.data(TransferListModel::InfoRole).value<Net::TransferInfo>();
}

} // namespace

TransferRowModel::TransferRowModel(QObject *parent) : QIdentityProxyModel(parent) { }

QVariant TransferRowModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && index.isValid()) {
        QString tip = tr("%1\n%2\n%3", "title, subtitle and status of a transfer")
                          .arg(title(index), subtitle(index), status(index));
        const Net::TransferInfo info = infoOf(index);
        if (info.state == TransferState::Interrupted && info.giveUpAtMs > 0) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(info.giveUpAtMs);
            tip += QLatin1Char('\n')
                + (info.direction == Net::TransferDirection::Incoming
                       ? tr("If the sender has not resumed it by %1, it is given up and its "
                            "partial files are deleted")
                       : tr("If the device cannot be reached by %1, the transfer is given up"))
                      .arg(QLocale().toString(at, QLocale::ShortFormat));
        }
        return tip;
    }
    if (role == Qt::AccessibleTextRole && index.isValid()) {
        return tr("%1, %2: %3", "title, subtitle and status of a transfer")
            .arg(title(index), subtitle(index), status(index));
    }
    return QIdentityProxyModel::data(index, role);
}

QString TransferRowModel::title(const QModelIndex &index)
{
    return TextFormat::firstAndMore(index.data(TransferListModel::FirstNameRole).toString(),
                                    index.data(TransferListModel::TopLevelCountRole).toInt());
}

QString TransferRowModel::subtitle(const QModelIndex &index)
{
    const Net::TransferInfo info = infoOf(index);
    return tr("%1 · %2", "device · contents")
        .arg(TransferText::peer(info), TextFormat::contents(info.fileCount, info.folderCount));
}

QString TransferRowModel::status(const QModelIndex &index)
{
    const Net::TransferInfo info = infoOf(index);
    const auto done = index.data(TransferListModel::DoneBytesRole).toULongLong();
    const auto total = index.data(TransferListModel::TotalBytesRole).toULongLong();
    QStringList parts{TransferText::state(info)};
    switch (info.state) {
    case TransferState::Preparing:
        break;
    case TransferState::Completed:
        parts << TextFormat::bytes(total);
        break;
    case TransferState::Running: {
        parts << tr("%1 of %2", "bytes done of total")
                     .arg(TextFormat::bytes(done), TextFormat::bytes(total));
        parts << TextFormat::speed(index.data(TransferListModel::SpeedRole).toDouble());
        const QString left
            = TextFormat::timeLeft(index.data(TransferListModel::EtaRole).toLongLong());
        if (!left.isEmpty())
            parts << left;
        break;
    }
    default:
        if (done > 0)
            parts << tr("%1 of %2", "bytes done of total")
                         .arg(TextFormat::bytes(done), TextFormat::bytes(total));
        else
            parts << TextFormat::bytes(total);
    }
    return parts.join(tr(" · ", "separator of the parts of a status line"));
}

int TransferRowModel::percent(const QModelIndex &index)
{
    const double progress = index.data(TransferListModel::ProgressRole).toDouble();
    return int(std::clamp(std::floor(progress * 100), 0.0, 100.0));
}

} // namespace Ferry::Ui
