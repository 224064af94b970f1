#include "common/SecretBox.h"

#include "common/SecretCipher.h"
#include "net/TlsModule.h"
#include "settings/AppPaths.h"

#include <QFile>
#include <QMutex>

namespace pacsdrop {

namespace {

constexpr int kKeyBytes = 32;
const QString kPrefix = QStringLiteral("sealed:v1:");

QMutex keyMutex;

// The key of this data folder, made on first use.
Result<QByteArray> secretKey(const TlsFunctions &cipher)
{
    QMutexLocker lock(&keyMutex);
    QFile file(paths::dataDir() + QStringLiteral("/secret.key"));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot read %1").arg(file.fileName()));
        const QByteArray key = file.readAll();
        if (key.size() != kKeyBytes)
            return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 is damaged").arg(file.fileName()));
        return key;
    }
    const QByteArray key = cipher.randomBytes(kKeyBytes);
    if (key.size() != kKeyBytes)
        return fail(ErrorCode::Internal, QStringLiteral("no random numbers for a new secret key"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot create %1").arg(file.fileName()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key);
    return key;
}

} // namespace

bool isSealed(const QString &text) { return text.startsWith(kPrefix); }

Result<void> sealInto(QString &target, const QString &secret)
{
    auto sealed = sealSecret(secret);
    if (!sealed)
        return std::unexpected(sealed.error());
    target = *sealed;
    return {};
}

Result<QString> sealSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    const auto cipher = tlsFunctions();
    if (!cipher)
        return std::unexpected(cipher.error());
    auto key = secretKey(**cipher);
    if (!key)
        return std::unexpected(key.error());
    const QByteArray sealed = (*cipher)->seal(*key, secret.toUtf8());
    if (sealed.isEmpty())
        return fail(ErrorCode::Internal, QStringLiteral("cannot seal a secret"));
    return kPrefix + QString::fromLatin1(sealed.toBase64());
}

Result<QString> openSecret(const QString &sealed)
{
    if (sealed.isEmpty())
        return QString();
    if (!isSealed(sealed))
        return fail(ErrorCode::InvalidSettings, QStringLiteral("a secret is stored in clear text; set it again through PacsDrop, which seals it"));
    const QByteArray all = QByteArray::fromBase64(sealed.mid(kPrefix.size()).toLatin1());
    if (all.size() < kSealedOverhead)
        return fail(ErrorCode::InvalidSettings, QStringLiteral("a sealed secret is damaged"));
    const auto cipher = tlsFunctions();
    if (!cipher)
        return std::unexpected(cipher.error());
    auto key = secretKey(**cipher);
    if (!key)
        return std::unexpected(key.error());
    const auto plain = (*cipher)->open(*key, all);
    if (!plain)
        return fail(ErrorCode::InvalidSettings,
                    QStringLiteral("a sealed secret cannot be opened with this data folder's key (%1/secret.key); set it again")
                        .arg(paths::dataDir()));
    return QString::fromUtf8(*plain);
}

} // namespace pacsdrop
