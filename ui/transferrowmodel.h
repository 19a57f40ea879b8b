#pragma once

#include <QIdentityProxyModel>

namespace Ferry::Ui {

// TransferListModel as words: adds a tooltip and an accessible text to every row (screen readers
// read "report.pdf + 2 more, to Laptop: Sending, 30 %" instead of a bare file name), and gives
// the delegate its lines.
class TransferRowModel : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferRowModel)
public:
    explicit TransferRowModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString title(const QModelIndex &index); // "report.pdf + 2 more"
    static QString subtitle(const QModelIndex &index); // "to Laptop · 3 files, 1 folder"
    static QString status(const QModelIndex &index); // "Sending · 12 MB of 40 MB · 2.4 MB/s · …"
    static int percent(const QModelIndex &index); // 0..100
};

} // namespace Ferry::Ui
