#pragma once
// A DICOMweb destination (STOW-RS, PS3.18 §10.5): the service's base URL ("https://host/dicom-web"),
// how PacsDrop authenticates (HTTP Basic with a user and password, or a Bearer token — either
// secret stored sealed, see SecretBox), and how many instances go in one request. HTTPS uses the
// device's TLS settings (trusted CAs, client certificate, peer check).

#include "common/Error.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace pacsdrop {

struct DicomWebSettings {
    enum class Auth { None, Basic, Bearer };

    QString url;                 // empty: not a DICOMweb device
    Auth auth = Auth::None;
    QString user;                // Basic
    QString sealedSecret;        // Basic: the password; Bearer: the token (sealed)
    int batchSize = 20;          // instances per STOW-RS request

    bool isSet() const { return !url.isEmpty(); }
    Result<void> setSecret(const QString &secret); // seals it
    Result<QString> secret() const;

    QString validate(const QString &prefix) const;
    QJsonObject toJson() const;
    static Result<DicomWebSettings> fromJson(const QJsonObject &json, const QString &prefix);

    friend bool operator==(const DicomWebSettings &, const DicomWebSettings &) = default;
};

// "none", "basic", "bearer" (settings.json and the settings page).
QString webAuthName(DicomWebSettings::Auth auth);
std::optional<DicomWebSettings::Auth> parseWebAuth(const QString &name);

// "http://host:port/dicom-web" style text: a usable base URL?
bool looksLikeDicomWebUrl(const QString &text);

} // namespace pacsdrop
