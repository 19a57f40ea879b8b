#pragma once

#include "net/peerinfo.h"
#include "net/peerrecord.h"

#include <QString>

// How the terminal front-end shows peers. One line each, so that scripts (and the tests) can read
// it: the name is quoted (it may hold spaces), the rest are single words.
namespace Ferry::App {

// "Name" (OS, model, Ferry 1.2)
QString describePeer(const Net::PeerMetadata &metadata);

// "10.77.0.1:47474,[fe80::1%eth0]:47474", most recently seen first; "-" when there is none.
QString addressList(const QList<Net::PeerAddress> &addresses);

// discovered | connected | lost
QString stateName(Net::PeerRecord::State state);

// "Name" (OS) abcd-efgh 10.77.0.1:47474,[fd77::1]:47474 discovered
QString peerLine(const Net::PeerRecord &peer);

// "Name" (OS) abcd-efgh
QString peerLabel(const Net::PeerRecord &peer);

} // namespace Ferry::App
