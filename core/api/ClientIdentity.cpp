#include "api/ClientIdentity.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

namespace pacsdrop {

namespace {

// An address as the kernel prints it in /proc/net/tcp*: each 32-bit word of the network-order
// bytes printed as a host-order hex number, then ":PORT" in hex.
QByteArray procForm(const QHostAddress &address, quint16 port, bool ipv6Table)
{
    QByteArray bytes;
    if (address.protocol() == QAbstractSocket::IPv4Protocol && !ipv6Table) {
        const quint32 v4 = qToBigEndian(address.toIPv4Address());
        bytes = QByteArray(reinterpret_cast<const char *>(&v4), 4);
    } else {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        Q_IPV6ADDR v6 = address.toIPv6Address();
        if (isV4 && address.protocol() == QAbstractSocket::IPv4Protocol) // the table lists it IPv4-mapped
            v6 = QHostAddress(QStringLiteral("::ffff:") + QHostAddress(v4).toString()).toIPv6Address();
        bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    }
    QByteArray text;
    for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4) {
        quint32 word = 0;
        std::memcpy(&word, bytes.constData() + i, 4);
        text += QByteArray::number(word, 16).rightJustified(8, '0').toUpper();
    }
    return text + ':' + QByteArray::number(port, 16).rightJustified(4, '0').toUpper();
}

QByteArray readProc(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString ClientIdentity::key() const
{
    if (localUser)
        return address.toString() + QStringLiteral(" user ") + QString::number(*localUser);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !address.isLoopback()) {
        bool isV4 = false;
        if (const quint32 v4 = address.toIPv4Address(&isV4); isV4)
            return QHostAddress(v4).toString();
        Q_IPV6ADDR v6 = address.toIPv6Address();
        std::memset(v6.c + 8, 0, 8);
        return QHostAddress(v6).toString() + QStringLiteral("/64");
    }
    return address.toString();
}

QString ClientIdentity::describe() const
{
    return localUser ? address.toString() + QStringLiteral(" (uid %1)").arg(*localUser) : address.toString();
}

std::optional<uint> socketOwnerIn(const QByteArray &table, const QHostAddress &owner, quint16 ownerPort,
                                  const QHostAddress &other, quint16 otherPort)
{
    // An IPv4 connection is listed plainly in tcp and IPv4-mapped in tcp6.
    const QByteArray local4 = procForm(owner, ownerPort, false), remote4 = procForm(other, otherPort, false);
    const QByteArray local6 = procForm(owner, ownerPort, true), remote6 = procForm(other, otherPort, true);
    for (const QByteArray &line : table.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid ...
        if (fields.size() < 8)
            continue;
        if (!(fields[1] == local4 && fields[2] == remote4) && !(fields[1] == local6 && fields[2] == remote6))
            continue;
        bool ok = false;
        const uint uid = fields[7].toUInt(&ok);
        if (ok)
            return uid;
    }
    return std::nullopt;
}

ClientIdentity identifyClient(const QHostAddress &peer, quint16 peerPort, const QHostAddress &local, quint16 localPort)
{
    ClientIdentity identity{peer, std::nullopt};
    if (!peer.isLoopback())
        return identity;
    // The caller's end of the connection is listed with its address as the local one.
    for (const char *path : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        if (auto uid = socketOwnerIn(readProc(path), peer, peerPort, local, localPort)) {
            identity.localUser = uid;
            break;
        }
    }
    return identity;
}

} // namespace pacsdrop
