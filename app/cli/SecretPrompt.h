#pragma once
// Reads a secret for a command (an API password, a key passphrase): one line from stdin, or, on a
// terminal, typed twice without being shown. nullopt when stdin ends or the two differ (said on err).

#include <QString>
#include <QTextStream>

#include <optional>

namespace pacsdrop::cli {

std::optional<QString> readSecret(QTextStream &err, const QString &prompt);

} // namespace pacsdrop::cli
