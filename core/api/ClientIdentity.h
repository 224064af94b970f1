#pragma once
// Who is calling, as finely as the connection allows, for the API's per-client limits (login
// throttling, open connections): one client must not be able to lock out another.
// - A caller on this computer (loopback) is told apart by the operating-system user that owns its
//   end of the connection (Linux: /proc/net/tcp and tcp6), so a stray or hostile program of one
//   user cannot lock out the EHR running as another. Programs of the same user cannot be told
//   apart (they could read each other's stored password anyway).
// - A remote IPv6 caller counts by its /64 (one host can use many addresses in its subnet).
// - Anyone else by address.

#include <QHostAddress>
#include <QString>

#include <optional>

namespace pacsdrop {

struct ClientIdentity {
    QHostAddress address;
    std::optional<uint> localUser; // uid owning the caller's socket (loopback, Linux only)

    // A stable key for tables: "127.0.0.1 user 1000", "2001:db8:1:2::/64", "10.1.2.3".
    QString key() const;
    // For the log: the address, and the user id when known.
    QString describe() const;
};

ClientIdentity identifyClient(const QHostAddress &peer, quint16 peerPort, const QHostAddress &local, quint16 localPort);

// The uid owning the TCP socket whose local end is owner:ownerPort and remote end is
// other:otherPort, read from a /proc/net/tcp-style table; empty when not listed.
std::optional<uint> socketOwnerIn(const QByteArray &table, const QHostAddress &owner, quint16 ownerPort,
                                  const QHostAddress &other, quint16 otherPort);

} // namespace pacsdrop
