#include "net/PortProbe.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pacsdrop {

namespace {

// Binds a TCP socket to address:port; returns the bound port, or 0 when the bind failed.
quint16 bindAndRelease(in_addr_t address, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    const int yes = 1; // like a listener would: a port in TIME_WAIT is not "taken"
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in socketAddress{};
    socketAddress.sin_family = AF_INET;
    socketAddress.sin_addr.s_addr = htonl(address);
    socketAddress.sin_port = htons(port);
    socklen_t length = sizeof socketAddress;
    quint16 bound = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&socketAddress), sizeof socketAddress) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&socketAddress), &length) == 0)
        bound = ntohs(socketAddress.sin_port);
    ::close(fd);
    return bound;
}

} // namespace

bool tcpPortTaken(quint16 port) { return bindAndRelease(INADDR_ANY, port) == 0; }

quint16 freeLoopbackPort() { return bindAndRelease(INADDR_LOOPBACK, 0); }

} // namespace pacsdrop
