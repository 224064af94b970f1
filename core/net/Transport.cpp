#include "net/Transport.h"

#include "net/TlsModule.h"
#include "net/TunedTransport.h"

namespace pacsdrop {

Result<std::unique_ptr<DcmTransportLayer>> clientTransport(const Device &device)
{
    if (!device.tls.enabled)
        return std::unique_ptr<DcmTransportLayer>(std::make_unique<TunedTransportLayer>());
    const auto tls = tlsFunctions();
    if (!tls)
        return std::unexpected(tls.error());
    return (*tls)->clientLayer(device);
}

Result<std::unique_ptr<DcmTransportLayer>> listenerTransport(const TlsSettings &tls)
{
    const auto functions = tlsFunctions();
    if (!functions)
        return std::unexpected(functions.error());
    return (*functions)->listenerLayer(tls);
}

// No TLS set up in this process: no TLS problem to tell (and no reason to load OpenSSL).
QString takeTlsVerifyProblem() { return tlsLoaded() ? (*tlsFunctions())->takeVerifyProblem() : QString(); }

} // namespace pacsdrop
