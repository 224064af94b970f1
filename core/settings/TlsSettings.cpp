#include "settings/TlsSettings.h"

#include "common/SecretBox.h"

#include <QJsonArray>

namespace pacsdrop {

namespace {

const QStringList kProfiles{QStringLiteral("BCP195-ND"), QStringLiteral("BCP195"), QStringLiteral("BCP195-Extended")};

std::optional<TlsSettings::PeerCheck> parsePeerCheck(const QString &name)
{
    for (auto check : {TlsSettings::PeerCheck::Full, TlsSettings::PeerCheck::SkipHostName, TlsSettings::PeerCheck::None}) {
        if (peerCheckName(check) == name)
            return check;
    }
    return std::nullopt;
}

} // namespace

QString peerCheckName(TlsSettings::PeerCheck check)
{
    switch (check) {
    case TlsSettings::PeerCheck::Full: return QStringLiteral("full");
    case TlsSettings::PeerCheck::SkipHostName: return QStringLiteral("skipHostName");
    case TlsSettings::PeerCheck::None: return QStringLiteral("none");
    }
    return {};
}

QString TlsSettings::validate(const QString &prefix, bool asClient) const
{
    if (!enabled)
        return {};
    if (!kProfiles.contains(profile))
        return prefix + QStringLiteral(".profile: must be one of %1").arg(kProfiles.join(QStringLiteral(", ")));
    if (!sealedPassphrase.isEmpty() && !isSealed(sealedPassphrase))
        return prefix + QStringLiteral(".privateKeyPassphrase: is in clear text; set it with PacsDrop, which stores it sealed");
    if (certificate.isEmpty() != privateKey.isEmpty())
        return prefix + QStringLiteral(": give both certificate and privateKey, or neither");
    if (asClient && peerCheck != PeerCheck::None && trustedCertificates.isEmpty())
        return prefix + QStringLiteral(".trustedCertificates: name the CA certificate(s) that issued the PACS's certificate");
    if (!asClient && certificate.isEmpty())
        return prefix + QStringLiteral(".certificate: a listener needs its own certificate and private key");
    return {};
}

Result<void> TlsSettings::setPassphrase(const QString &passphrase)
{
    return sealInto(sealedPassphrase, passphrase);
}

Result<QString> TlsSettings::passphrase() const { return openSecret(sealedPassphrase); }

QJsonObject TlsSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("certificate"), certificate},
                       {QStringLiteral("privateKey"), privateKey},
                       {QStringLiteral("privateKeyPassphrase"), sealedPassphrase},
                       {QStringLiteral("trustedCertificates"), QJsonArray::fromStringList(trustedCertificates)},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("peerCheck"), peerCheckName(peerCheck)}};
}

Result<TlsSettings> TlsSettings::fromJson(const QJsonObject &json, const QString &prefix, bool asClient)
{
    TlsSettings t;
    t.enabled = json.value(QStringLiteral("enabled")).toBool(false);
    t.certificate = json.value(QStringLiteral("certificate")).toString();
    t.privateKey = json.value(QStringLiteral("privateKey")).toString();
    t.sealedPassphrase = json.value(QStringLiteral("privateKeyPassphrase")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("trustedCertificates")).toArray())
        t.trustedCertificates << v.toString();
    t.profile = json.value(QStringLiteral("profile")).toString(t.profile);
    const auto check = parsePeerCheck(json.value(QStringLiteral("peerCheck")).toString(QStringLiteral("full")));
    if (!check)
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".peerCheck: must be full, skipHostName or none"));
    t.peerCheck = *check;
    if (const QString p = t.validate(prefix, asClient); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return t;
}

} // namespace pacsdrop
