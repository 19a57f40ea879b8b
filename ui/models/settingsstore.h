#pragma once

#include "ui/models/appsettings.h"

#include <QString>

namespace Ferry::Ui {

// Loads and saves AppSettings in an INI file (QSettings). Values out of range or of the wrong
// type fall back to their defaults, so a hand-edited file never breaks the app: a device name
// that is blank, has control characters or is over PeerMetadata::kMaxName bytes; a download
// folder that is not an absolute path; a port outside 0..65535; a language that is not
// [a-z]{2,3}(_[A-Z]{2})?. The request timeout is clamped to its range; interface names that are
// not [A-Za-z0-9_.:@{}-]{1,64} are dropped (the others kept). save() writes the same checked
// values, so what it writes loads back unchanged.
class SettingsStore
{
public:
    explicit SettingsStore(const QString &filePath);

    AppSettings load() const;
    bool save(const AppSettings &settings) const; // false when the file cannot be written
    QString filePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace Ferry::Ui
