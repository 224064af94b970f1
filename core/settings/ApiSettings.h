#pragma once
// The local HTTP API as IT configures it: where it listens, who may call it (addresses and the
// Host names a browser may use, against DNS rebinding), the one user and its password (stored
// only as a PBKDF2 hash), the folders requests may name, and how large a request may be.

#include "common/Error.h"
#include "settings/ConsoleSettings.h"

#include <QJsonObject>
#include <QStringList>

namespace pacsdrop {

struct ApiSettings {
    bool enabled = false;                                // `pacsdrop serve` starts the API
    QString address = QStringLiteral("127.0.0.1");       // listen address
    int port = 8770;
    QStringList allow{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}; // addresses or subnets ("10.1.2.0/24")
    QStringList hostNames;                               // accepted Host headers besides loopback and the address
    QStringList roots;                                   // folders whose files requests may name
    int maxRequestMegabytes = 100;                       // bodies above this are refused (413)
    QString user = QStringLiteral("pacsdrop");
    QString passwordHash;                                // "pbkdf2-sha256$iterations$salt$key"; empty: no access
    QString certificate;                                 // PEM: with privateKey, the API speaks HTTPS only
    QString privateKey;                                  // PEM, unencrypted (readable by the service's user only)
    ConsoleSettings console;                             // the web console at / (its users and sessions)

    QString validate() const;
    QJsonObject toJson() const;
    static Result<ApiSettings> fromJson(const QJsonObject &json);

    friend bool operator==(const ApiSettings &, const ApiSettings &) = default;
};

} // namespace pacsdrop
