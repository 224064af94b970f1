#include "net/TunedTransport.h"

#include "dcmtk/dcmnet/dcmtrans.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace pacsdrop {

namespace {

void setOption(DcmNativeSocketType socket, int option)
{
    const int on = 1;
    ::setsockopt(socket, IPPROTO_TCP, option, &on, sizeof on);
}

class QuickAckConnection final : public DcmTCPConnection {
public:
    explicit QuickAckConnection(DcmNativeSocketType socket) : DcmTCPConnection(socket) { tuneSocket(socket); }

    ssize_t read(void *buf, size_t nbyte) override
    {
        const ssize_t n = DcmTCPConnection::read(buf, nbyte);
        rearmQuickAck(getSocket());
        return n;
    }
};

} // namespace

void tuneSocket(DcmNativeSocketType socket)
{
    setOption(socket, TCP_NODELAY);
    setOption(socket, TCP_QUICKACK);
}

// Linux leaves quick-ACK mode on its own; ask again after every receive.
void rearmQuickAck(DcmNativeSocketType socket) { setOption(socket, TCP_QUICKACK); }

DcmTransportConnection *TunedTransportLayer::createConnection(DcmNativeSocketType openSocket, OFBool /*useSecureLayer*/)
{
    return new QuickAckConnection(openSocket);
}

} // namespace pacsdrop
