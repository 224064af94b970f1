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
    explicit QuickAckConnection(DcmNativeSocketType socket)
        : DcmTCPConnection(socket)
    {
        setOption(socket, TCP_NODELAY);
        setOption(socket, TCP_QUICKACK);
    }

    ssize_t read(void *buf, size_t nbyte) override
    {
        const ssize_t n = DcmTCPConnection::read(buf, nbyte);
        // Linux leaves quick-ACK mode on its own; ask again after every receive.
        setOption(getSocket(), TCP_QUICKACK);
        return n;
    }
};

} // namespace

DcmTransportConnection *TunedTransportLayer::createConnection(DcmNativeSocketType openSocket, OFBool /*useSecureLayer*/)
{
    return new QuickAckConnection(openSocket);
}

} // namespace pacsdrop
