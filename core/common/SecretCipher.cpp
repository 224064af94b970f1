#include "common/SecretCipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace pacsdrop {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = kSealedOverhead - kNonceBytes;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
auto bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }

} // namespace

QByteArray randomBytes(int count)
{
    QByteArray random(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(random), count) != 1)
        return {};
    return random;
}

QByteArray sealBytes(const QByteArray &key, const QByteArray &plain)
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    if (nonce.isEmpty())
        return {};
    QByteArray cipher(plain.size(), Qt::Uninitialized), tag(kTagBytes, Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), bytes(cipher), &length, bytes(plain), static_cast<int>(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), bytes(cipher) + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        return {};
    QByteArray sealed = nonce;
    sealed.append(cipher).append(tag);
    return sealed;
}

std::optional<QByteArray> openBytes(const QByteArray &key, const QByteArray &sealed)
{
    if (sealed.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = sealed.left(kNonceBytes);
    QByteArray tag = sealed.right(kTagBytes);
    const QByteArray cipher = sealed.mid(kNonceBytes, sealed.size() - kNonceBytes - kTagBytes);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), bytes(plain), &length, bytes(cipher), static_cast<int>(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + length, &length) != 1)
        return std::nullopt;
    return plain;
}

} // namespace pacsdrop
