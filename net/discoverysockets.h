#pragma once

#include "net/interfacepicker.h"

#include <QNetworkInterface>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUdpSocket>

#include <functional>

class QNetworkDatagram;

namespace Ferry::Net {

// The sockets of discovery (docs/PROTOCOL.md §12.1): one IPv4 and one IPv6 UDP socket on the
// shared port, joined to the group on each interface in use, sending each datagram once per
// interface and family. No protocol here: Discovery decides what to send and what to accept.
class DiscoverySockets : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoverySockets)
public:
    using Receiver = std::function<void(const QNetworkDatagram &)>;
    struct Sent
    {
        quint64 datagrams = 0;
        quint64 bytes = 0;
    };
    struct Rescan
    {
        bool changed = false; // the names in use changed
        QStringList added; // interfaces newly in use
    };

    // receiver gets every datagram read (at most maxDatagram + 1 bytes of it).
    DiscoverySockets(qsizetype maxDatagram, Receiver receiver, QObject *parent = nullptr);
    ~DiscoverySockets() override;

    // Binds both families to port (0: any, the same for both). False with errorString() only
    // when neither could be bound: a host without IPv6 works on IPv4 alone.
    bool open(quint16 port);
    void close(); // leaves every group, releases the port; open() may be called again
    bool isOpen() const;
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    // Joins the interfaces pickInterfaces() chooses now, leaves those gone.
    Rescan rescan(const QStringList &allowList, bool allowLoopback);
    QStringList interfaceNames() const;
    bool hasIpv6() const;
    // Whether a datagram that came in on this interface index is ours to read (0: unknown).
    bool isInUse(int interfaceIndex) const;

    // Sends bytes to the group on every interface in use (or those named in only), per family.
    Sent send(const QByteArray &bytes, const QStringList &only = {});

private:
    struct Active
    {
        InterfaceInfo info;
        QNetworkInterface interface;
        bool ipv4 = false; // joined the IPv4 group here
        bool ipv6 = false;
    };

    bool bind(QUdpSocket &socket, const QHostAddress &any, quint16 port);
    void join(Active &active);
    void leave(const Active &active);
    void readPending(QUdpSocket &socket);
    bool write(QUdpSocket &socket, const Active &active, const QHostAddress &group,
               const QByteArray &bytes);

    qsizetype m_maxDatagram;
    Receiver m_receiver;
    // Made once and reused: close() releases the port, and a socket is never deleted from inside
    // its own readyRead (the receiver may close us).
    QUdpSocket m_socket4;
    QUdpSocket m_socket6;
    quint16 m_port = 0;
    QString m_error;
    QList<Active> m_interfaces;
    QSet<QString> m_joinFailuresLogged;
    bool m_ipv6FailureLogged = false;
};

} // namespace Ferry::Net
