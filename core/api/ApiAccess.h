#pragma once
// Who may call the API and which files a request may name, as pure checks: the caller's address
// against the allow-list, the Host header against the names this server answers to (a web page
// on another site cannot reach it through DNS rebinding), and a path against the configured roots.

#include "common/Error.h"
#include "settings/ApiSettings.h"

#include <QHostAddress>

namespace pacsdrop {

// An address or a subnet of the list matches (IPv4-mapped IPv6 callers count as IPv4).
bool addressAllowed(const QHostAddress &caller, const QStringList &allow);

// "localhost", loopback addresses, the listen address and the configured host names, with any port.
bool hostHeaderAllowed(const QByteArray &host, const ApiSettings &settings);

// The canonical form of an existing file or folder inside one of the roots. Refused: relative
// paths, ".." anywhere, anything outside the roots (also through a symbolic link), no roots at all.
Result<QString> confinedPath(const QString &path, const QStringList &roots);

} // namespace pacsdrop
