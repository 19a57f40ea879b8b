#pragma once

#include <QObject>
#include <QString>

namespace Ferry::Ui {

// Shows a file in the desktop's file manager, selected: the freedesktop FileManager1 D-Bus
// interface (Nautilus, Dolphin, Nemo, Thunar, …, started on demand by the bus). Where no file
// manager answers it, the folder holding the file is opened instead, so "show file" never opens
// the file itself.
class FileManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileManager)
public:
    explicit FileManager(QObject *parent = nullptr);

    void showFile(const QString &path);

Q_SIGNALS:
    // Neither the file manager nor the desktop could show it.
    void failed(const QString &path);

private:
    void openFolderOf(const QString &path);
};

} // namespace Ferry::Ui
