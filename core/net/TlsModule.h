#pragma once
// DICOM TLS (DCMTK's dcmtls) and OpenSSL live in libpacsdrop_tls.so, loaded the first time a TLS
// association or listener is set up or a secret is sealed or opened: commands and the window that
// never touch either start without OpenSSL (~6 ms and ~20,000 relocations less at every start).

#include "common/Error.h"
#include "settings/Device.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/dcmlayer.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace pacsdrop {

struct TlsFunctions {
    int tableSize = sizeof(TlsFunctions); // the module and the core were built together
    // Transport layers as net/Transport.h describes them (the device's TLS is enabled).
    Result<std::unique_ptr<DcmTransportLayer>> (*clientLayer)(const Device &device);
    Result<std::unique_ptr<DcmTransportLayer>> (*listenerLayer)(const TlsSettings &tls);
    QString (*takeVerifyProblem)();
    // AES-256-GCM (common/SecretBox.h): nonce + ciphertext + tag; empty result = failure.
    QByteArray (*seal)(const QByteArray &key, const QByteArray &plain);
    // The plain bytes, or nothing when the key does not open them or they were altered.
    std::optional<QByteArray> (*open)(const QByteArray &key, const QByteArray &sealed);
    // count bytes from OpenSSL's random generator; empty when it has none.
    QByteArray (*randomBytes)(int count);
};

// The module's table, loaded once per process (thread-safe); an error says what is missing.
Result<const TlsFunctions *> tlsFunctions();
// Whether the module was loaded (without loading it).
bool tlsLoaded();

} // namespace pacsdrop

// The module's entry point.
extern "C" using PacsdropTlsEntry = const pacsdrop::TlsFunctions *();
