#pragma once
// DICOM TLS for one device (we are the client) or one inbound listener (we are the server): our
// certificate and private key (its passphrase sealed in settings.json, see SecretBox), the CA
// certificates we trust, the TLS profile (BCP 195 non-downgrading by default; TLS 1.2 or later
// always), and how the other side is checked. A client checks the server's certificate chain and
// that it was issued to the device's host name or IP address — DCMTK alone does not check the
// name. Weaker checks exist only as a visible, logged exception per device.

#include "common/Error.h"

#include <QJsonObject>
#include <QStringList>

namespace pacsdrop {

struct TlsSettings {
    enum class PeerCheck {
        Full,              // chain to a trusted CA, valid now, issued to the host we called
        SkipHostName,      // exception: chain and dates only (a PACS whose certificate names another host)
        None               // exception: anything is accepted (encrypted, but not authenticated)
    };

    bool enabled = false;
    QString certificate;           // PEM file: our certificate (client, or the listener's server certificate)
    QString privateKey;            // PEM file
    QString sealedPassphrase;      // the private key's passphrase, sealed (SecretBox); empty: none
    QStringList trustedCertificates; // PEM files or folders of CA certificates; a listener asks callers for a certificate when set
    QString profile = QStringLiteral("BCP195-ND"); // "BCP195-ND", "BCP195", "BCP195-Extended"
    PeerCheck peerCheck = PeerCheck::Full;

    Result<void> setPassphrase(const QString &passphrase); // seals it
    Result<QString> passphrase() const;                   // opens it, when a connection needs it

    // asClient: a device (we call); else a listener (we are called).
    QString validate(const QString &prefix, bool asClient) const;
    QJsonObject toJson() const;
    static Result<TlsSettings> fromJson(const QJsonObject &json, const QString &prefix, bool asClient);

    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

QString peerCheckName(TlsSettings::PeerCheck check);

} // namespace pacsdrop
