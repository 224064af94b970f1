#pragma once
// The transport layer of one association or listener: plain TCP tuned against the delayed-ACK
// stall (TunedTransport), or DICOM TLS as the device or listener is configured — certificates,
// trusted CAs, BCP 195 profile, TLS 1.2 or later, and for a client the server's certificate
// checked against the host it called (OpenSSL's host-name/IP check, which DCMTK leaves off).
// The layer must outlive the association; DcmSCU::useSecureConnection takes it after initNetwork().

#include "common/Error.h"
#include "settings/Device.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/dcmlayer.h"

#include <memory>

namespace pacsdrop {

Result<std::unique_ptr<DcmTransportLayer>> clientTransport(const Device &device);
Result<std::unique_ptr<DcmTransportLayer>> listenerTransport(const TlsSettings &tls);

// Why this thread's last TLS handshake refused the other side's certificate (OpenSSL's words,
// e.g. "certificate has expired", "hostname mismatch"); empty when it did not. Cleared when read.
QString takeTlsVerifyProblem();

} // namespace pacsdrop
