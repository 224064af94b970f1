#pragma once
// AES-256-GCM with OpenSSL for sealed secrets (common/SecretBox.h), inside libpacsdrop_tls.so; the
// core reaches it through net/TlsModule.h.

#include <QByteArray>

#include <optional>

namespace pacsdrop {

constexpr int kSealedOverhead = 12 + 16; // the nonce before the ciphertext, the tag after it

// nonce (random) + ciphertext + tag; empty on failure.
QByteArray sealBytes(const QByteArray &key, const QByteArray &plain);
// The plain bytes; nothing when the key does not open them or they were altered.
std::optional<QByteArray> openBytes(const QByteArray &key, const QByteArray &sealed);
// count bytes from OpenSSL's generator; empty when it has none.
QByteArray randomBytes(int count);

} // namespace pacsdrop
