#pragma once
// DICOM TLS transport layers, inside libpacsdrop_tls.so; the core reaches them through
// net/TlsModule.h (net/Transport.h says what they do).

#include "common/Error.h"
#include "settings/Device.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/dcmlayer.h"

#include <memory>

namespace pacsdrop {

Result<std::unique_ptr<DcmTransportLayer>> clientTlsLayer(const Device &device); // device.tls.enabled
Result<std::unique_ptr<DcmTransportLayer>> listenerTlsLayer(const TlsSettings &tls);
QString takeTlsLayerVerifyProblem();

} // namespace pacsdrop
