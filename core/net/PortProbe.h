#pragma once
// Small questions about TCP ports on this computer, asked by binding a socket and letting it go
// (no connection is made, so no listener sees a stray caller).

#include <QtGlobal>

namespace pacsdrop {

// Whether some socket already listens on this port (on any address).
bool tcpPortTaken(quint16 port);

// A loopback port nothing uses now (the system's choice), or 0.
quint16 freeLoopbackPort();

} // namespace pacsdrop
