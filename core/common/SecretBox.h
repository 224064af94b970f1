#pragma once
// Secrets the settings must keep (a TLS key passphrase, a DICOMweb password or token) are written
// sealed, never in clear text: AES-256-GCM with a random key kept in the data folder (readable by
// its owner only), as "sealed:v1:<base64 nonce|ciphertext|tag>". A settings file that travels (a
// support ticket, a backup of the configuration folder) does not carry the secret; someone who can
// read both the settings and the key file as this user can, as with any stored credential.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

// The sealed form (a new random nonce each time); empty stays empty.
Result<QString> sealSecret(const QString &secret);
// The secret again; text that is not sealed is refused (a secret typed into settings.json by hand
// must be set through PacsDrop, which seals it).
Result<QString> openSecret(const QString &sealed);
bool isSealed(const QString &text);

// Seals secret into target (a settings field); target is unchanged when sealing fails.
Result<void> sealInto(QString &target, const QString &secret);

} // namespace pacsdrop
