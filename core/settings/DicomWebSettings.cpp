#include "settings/DicomWebSettings.h"

#include "common/SecretBox.h"

namespace pacsdrop {

QString webAuthName(DicomWebSettings::Auth auth)
{
    switch (auth) {
    case DicomWebSettings::Auth::None: return QStringLiteral("none");
    case DicomWebSettings::Auth::Basic: return QStringLiteral("basic");
    case DicomWebSettings::Auth::Bearer: return QStringLiteral("bearer");
    }
    return {};
}

std::optional<DicomWebSettings::Auth> parseWebAuth(const QString &name)
{
    for (auto a : {DicomWebSettings::Auth::None, DicomWebSettings::Auth::Basic, DicomWebSettings::Auth::Bearer}) {
        if (webAuthName(a) == name)
            return a;
    }
    return std::nullopt;
}

bool looksLikeDicomWebUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https")) && !url.host().isEmpty();
}

Result<void> DicomWebSettings::setSecret(const QString &secret)
{
    return sealInto(sealedSecret, secret);
}

Result<QString> DicomWebSettings::secret() const { return openSecret(sealedSecret); }

QString DicomWebSettings::validate(const QString &prefix) const
{
    if (!isSet())
        return {};
    if (!looksLikeDicomWebUrl(url))
        return prefix + QStringLiteral(".url: \"%1\" is not an http:// or https:// address").arg(url);
    if (!QUrl(url).userInfo().isEmpty())
        return prefix + QStringLiteral(".url: no user or password in the address; use user and the sealed secret");
    if (auth == Auth::Basic && user.isEmpty())
        return prefix + QStringLiteral(".user: Basic authentication needs a user name");
    if (!sealedSecret.isEmpty() && !isSealed(sealedSecret))
        return prefix + QStringLiteral(".secret: is in clear text; set it with \"pacsdrop secret\", which stores it sealed");
    if (batchSize < 1 || batchSize > 1000)
        return prefix + QStringLiteral(".batchSize: must be between 1 and 1000");
    return {};
}

QJsonObject DicomWebSettings::toJson() const
{
    return {{QStringLiteral("url"), url},
            {QStringLiteral("auth"), webAuthName(auth)},
            {QStringLiteral("user"), user},
            {QStringLiteral("secret"), sealedSecret},
            {QStringLiteral("batchSize"), batchSize}};
}

Result<DicomWebSettings> DicomWebSettings::fromJson(const QJsonObject &json, const QString &prefix)
{
    DicomWebSettings w;
    w.url = json.value(QStringLiteral("url")).toString().trimmed();
    const auto auth = parseWebAuth(json.value(QStringLiteral("auth")).toString(QStringLiteral("none")));
    if (auth)
        w.auth = *auth;
    else
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".auth: must be none, basic or bearer"));
    w.user = json.value(QStringLiteral("user")).toString();
    w.sealedSecret = json.value(QStringLiteral("secret")).toString();
    w.batchSize = json.value(QStringLiteral("batchSize")).toInt(w.batchSize);
    if (const QString p = w.validate(prefix); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return w;
}

} // namespace pacsdrop
