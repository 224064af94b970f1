// The TLS module's entry: DICOM TLS layers and the cipher of sealed secrets (net/TlsModule.h).
#include "common/SecretCipher.h"
#include "net/TlsLayer.h"
#include "net/TlsModule.h"

#include <QtGlobal>

namespace pacsdrop {

namespace {

const TlsFunctions kTable{sizeof(TlsFunctions), &clientTlsLayer, &listenerTlsLayer, &takeTlsLayerVerifyProblem,
                          &sealBytes, &openBytes, &randomBytes};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::TlsFunctions *pacsdrop_tls_functions() { return &pacsdrop::kTable; }
