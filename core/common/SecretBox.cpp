#include "common/SecretBox.h"

#include "settings/AppPaths.h"

#include <QFile>
#include <QMutex>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace pacsdrop {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QString kPrefix = QStringLiteral("sealed:v1:");

QMutex keyMutex;

// The key of this data folder, made on first use.
Result<QByteArray> secretKey()
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
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), kKeyBytes) != 1)
        return fail(ErrorCode::Internal, QStringLiteral("no random numbers for a new secret key"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot create %1").arg(file.fileName()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key);
    return key;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
auto bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

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
    auto key = secretKey();
    if (!key)
        return std::unexpected(key.error());
    const QByteArray plain = secret.toUtf8();
    QByteArray nonce(kNonceBytes, Qt::Uninitialized), cipher(plain.size(), Qt::Uninitialized), tag(kTagBytes, Qt::Uninitialized);
    RAND_bytes(bytes(nonce), kNonceBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(*key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), bytes(cipher), &length, bytes(plain), static_cast<int>(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), bytes(cipher) + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        return fail(ErrorCode::Internal, QStringLiteral("cannot seal a secret"));
    return kPrefix + QString::fromLatin1(QByteArray(nonce + cipher + tag).toBase64());
}

Result<QString> openSecret(const QString &sealed)
{
    if (sealed.isEmpty())
        return QString();
    if (!isSealed(sealed))
        return fail(ErrorCode::InvalidSettings, QStringLiteral("a secret is stored in clear text; set it again through PacsDrop, which seals it"));
    const QByteArray all = QByteArray::fromBase64(sealed.mid(kPrefix.size()).toLatin1());
    if (all.size() < kNonceBytes + kTagBytes)
        return fail(ErrorCode::InvalidSettings, QStringLiteral("a sealed secret is damaged"));
    auto key = secretKey();
    if (!key)
        return std::unexpected(key.error());
    const QByteArray nonce = all.left(kNonceBytes), tag = all.right(kTagBytes);
    const QByteArray cipher = all.mid(kNonceBytes, all.size() - kNonceBytes - kTagBytes);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    QByteArray tagCopy = tag;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(*key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), bytes(plain), &length, bytes(cipher), static_cast<int>(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tagCopy.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + length, &length) != 1)
        return fail(ErrorCode::InvalidSettings,
                    QStringLiteral("a sealed secret cannot be opened with this data folder's key (%1/secret.key); set it again")
                        .arg(paths::dataDir()));
    return QString::fromUtf8(plain);
}

} // namespace pacsdrop
