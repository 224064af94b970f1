#include "common/IpAddress.h"

#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <optional>

namespace pacsdrop {

namespace {

// inet_aton stops at the first space, tab or newline and takes what came before: "127.0.0.1\tjunk"
// would pass. Only the characters an address is written with are let through.
bool addressCharacters(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'.' || c == u':' || c == u'%';
    });
}

std::optional<in_addr> ipv4(const QString &untrimmed)
{
    const QString text = untrimmed.trimmed();
    in_addr address{};
    if (!addressCharacters(text) || ::inet_aton(text.toLatin1().constData(), &address) == 0)
        return std::nullopt;
    return address;
}

std::optional<in6_addr> ipv6(const QString &untrimmed)
{
    QString text = untrimmed.trimmed();
    if (const qsizetype zone = text.indexOf(u'%'); zone > 0) // fe80::1%eth0: the zone names an interface
        text.truncate(zone);
    if (!addressCharacters(text))
        return std::nullopt;
    in6_addr address{};
    if (::inet_pton(AF_INET6, text.toLatin1().constData(), &address) != 1)
        return std::nullopt;
    return address;
}

// A subnet's IPv4 part as Qt reads it: one to four decimal numbers up to 255, a trailing dot
// allowed ("10.1.2.", "10.1.").
bool subnetIpv4(const QString &address)
{
    QStringList parts = address.split(u'.');
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();
    if (parts.size() > 4)
        return false;
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        bool number = false;
        return !part.isEmpty() && part.size() <= 3 && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); })
               && part.toUInt(&number) <= 255 && number;
    });
}

// A netmask of ones then zeros ("255.255.255.0"): its complement plus one is a power of two.
bool contiguousMask(const in_addr &mask)
{
    const quint32 hostBits = ~ntohl(mask.s_addr);
    return (hostBits & (hostBits + 1)) == 0;
}

} // namespace

bool isIpAddress(const QString &text) { return ipv4(text) || ipv6(text); }

bool isLoopbackAddress(const QString &text)
{
    if (const auto v4 = ipv4(text))
        return (ntohl(v4->s_addr) >> 24) == 127;
    if (const auto v6 = ipv6(text)) {
        if (IN6_IS_ADDR_LOOPBACK(&*v6))
            return true;
        return IN6_IS_ADDR_V4MAPPED(&*v6) && v6->s6_addr[12] == 127;
    }
    return false;
}

bool isSubnet(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return isIpAddress(text); // one host
    const QString address = text.left(slash).trimmed(), length = text.mid(slash + 1).trimmed();
    if (address.isEmpty())
        return false;
    const bool digitsOnly = !length.isEmpty() && std::all_of(length.cbegin(), length.cend(), [](QChar c) { return c.isDigit(); });
    bool numeric = false;
    const int prefix = length.toInt(&numeric); // digits only: never negative
    if (subnetIpv4(address)) {
        if (digitsOnly)
            return numeric && prefix <= 32;
        const auto mask = ipv4(length);
        return mask && contiguousMask(*mask);
    }
    if (ipv6(address))
        return digitsOnly && numeric && prefix <= 128;
    return false;
}

} // namespace pacsdrop
