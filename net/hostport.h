#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Ferry::Net {

// "host:port" or "[v6]:port" (a scope allowed: "[fe80::1%eth0]:47474"); false on anything else.
// The port must be 1–65535; a bare IPv6 address needs brackets ("::1:5" is refused: which colon
// starts the port?).
bool parseHostPort(const QString &text, QString &host, quint16 &port);

// As parseHostPort, but the port may be left out ("host", "[v6]"): then defaultPort.
bool parseHostOptionalPort(const QString &text, quint16 defaultPort, QString &host, quint16 &port);

// The address as a user would type it back: "10.0.0.1:47474", "[fd77::1]:47474",
// "[fe80::1%eth0]:47474". IPv4-mapped IPv6 addresses are shown as IPv4.
QString formatHostPort(const QHostAddress &address, quint16 port);

} // namespace Ferry::Net
