#include "common/IpAddress.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <optional>

namespace pacsdrop {

namespace {

std::optional<in_addr> ipv4(const QString &untrimmed)
{
    const QString text = untrimmed.trimmed();
    const QByteArray bytes = text.toLatin1();
    in_addr address{};
    if (text.isEmpty() || bytes.contains(' ') || ::inet_aton(bytes.constData(), &address) == 0)
        return std::nullopt;
    return address;
}

std::optional<in6_addr> ipv6(const QString &untrimmed)
{
    QString text = untrimmed.trimmed();
    if (const qsizetype zone = text.indexOf(u'%'); zone > 0) // fe80::1%eth0: the zone names an interface
        text.truncate(zone);
    in6_addr address{};
    if (::inet_pton(AF_INET6, text.toLatin1().constData(), &address) != 1)
        return std::nullopt;
    return address;
}

// A contiguous netmask ("255.255.255.0") as a prefix length.
std::optional<int> maskLength(const in_addr &mask)
{
    const quint32 bits = ntohl(mask.s_addr);
    int length = 0;
    while (length < 32 && (bits & (0x80000000u >> length)))
        ++length;
    const quint32 expected = length == 0 ? 0 : ~quint32(0) << (32 - length);
    return bits == expected ? std::optional<int>(length) : std::nullopt;
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
    bool numeric = false;
    const int bits = length.toInt(&numeric);
    const bool digitsOnly = !length.isEmpty() && std::all_of(length.cbegin(), length.cend(), [](QChar c) { return c.isDigit(); });
    if (ipv4(address)) {
        if (digitsOnly)
            return numeric && bits >= 0 && bits <= 32;
        const auto mask = ipv4(length);
        return mask && maskLength(*mask).has_value();
    }
    if (ipv6(address))
        return digitsOnly && numeric && bits >= 0 && bits <= 128;
    return false;
}

} // namespace pacsdrop
