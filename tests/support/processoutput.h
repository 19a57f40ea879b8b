#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Reading what the ferry command line prints, for end-to-end tests.
namespace Ferry::Test {

// "identity   <52 base32 characters>"; captures the identity.
extern const QRegularExpression kIdentityLine;
// "listening  ADDRESS port N"; captures the address and the port.
extern const QRegularExpression kListeningLine;

// The value of the first "label   value" line of text, or a null string.
QString field(const QString &text, const QString &label);

QStringList linesStartingWith(const QString &text, const QString &prefix);

// The stderr lines meant for the user ("ferry: …"), not the log lines ("ferry.identity: …").
QStringList ferryMessages(const QString &err);

// The short form of an identity, as a node's log lines name a peer ("abcd-efgh").
QString shortOf(const QString &identity);

} // namespace Ferry::Test
