#include "bench/support/multicastfanout.h"

#include "bench/support/sequence.h"
#include "net/discovery.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>

#include <utility>

namespace Ferry::Bench {

namespace {
constexpr qsizetype kDatagramSize = 160; // about an ANNOUNCE
}

MulticastFanOut::MulticastFanOut(int receivers, quint16 port) : m_port(port)
{
    const QNetworkInterface lo = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
    const auto mode = QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint;
    for (int i = 0; i < receivers; ++i) {
        auto socket = std::make_unique<QUdpSocket>();
        if (!socket->bind(QHostAddress::AnyIPv4, port, mode)
            || !socket->joinMulticastGroup(Net::Discovery::ipv4Group(), lo))
            fatal(QStringLiteral("fan-out socket: ") + socket->errorString());
        QUdpSocket *raw = socket.get();
        QObject::connect(raw, &QUdpSocket::readyRead, [this, raw] {
            while (raw->hasPendingDatagrams()) {
                raw->receiveDatagram();
                if (++m_received == int(m_receivers.size()) && m_done)
                    std::exchange(m_done, nullptr)(m_clock.nsecsElapsed());
            }
        });
        m_receivers.push_back(std::move(socket));
    }
    if (!m_sender.bind(QHostAddress::AnyIPv4, 0))
        fatal(QStringLiteral("fan-out sender: ") + m_sender.errorString());
    m_sender.setMulticastInterface(lo);
    m_sender.setSocketOption(QAbstractSocket::MulticastTtlOption, 1);
    m_sender.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
}

MulticastFanOut::~MulticastFanOut() = default;

void MulticastFanOut::send(std::function<void(qint64 ns)> done)
{
    m_received = 0;
    m_done = std::move(done);
    m_clock.start();
    const QByteArray bytes(kDatagramSize, 'x');
    if (m_sender.writeDatagram(bytes, Net::Discovery::ipv4Group(), m_port) != bytes.size())
        fatal(QStringLiteral("fan-out send: ") + m_sender.errorString());
}

} // namespace Ferry::Bench
