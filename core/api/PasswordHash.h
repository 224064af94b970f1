#pragma once
// The API password is stored as "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>" (PBKDF2
// with HMAC-SHA-256, RFC 8018), never in clear text. Checking takes a noticeable fraction of a
// second on purpose; the server remembers a recent successful check (see ApiServer).

#include <QByteArray>
#include <QString>

namespace pacsdrop {

inline constexpr int kPasswordIterations = 200000;

// A new hash with a random 16-byte salt.
QString hashPassword(const QString &password, int iterations = kPasswordIterations);

// Whether password matches the stored hash (compared in constant time); false for a malformed hash.
bool passwordMatches(const QString &password, const QString &storedHash);

// Comparison whose time does not depend on where two values differ.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace pacsdrop
