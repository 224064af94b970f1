#pragma once
// IP address text as the settings take it (the API's address and allow list, a device's host):
// IPv4 as inet_aton reads it ("10.1.2.3", also "127.1"), IPv6 as inet_pton does (with an optional
// "%zone"), spaces around ignored. Without Qt Network, which the window's start does not load
// (core/CMakeLists.txt); tst_ip_address checks these say what QHostAddress says.

#include <QString>

namespace pacsdrop {

bool isIpAddress(const QString &text);
// 127.0.0.0/8, ::1, and IPv4-mapped loopback (::ffff:127.0.0.1).
bool isLoopbackAddress(const QString &text);
// "10.1.2.0/24", "10.1.2.0/255.255.255.0", "10.1./16", "fd00::/8"; an address alone is a subnet of
// one host. The IPv4 part is decimal, as Qt reads it (no "0x0a.0.0.0/8").
// Unlike QHostAddress::parseSubnet, a subnet without an address ("/24") is not one.
bool isSubnet(const QString &text);

} // namespace pacsdrop
