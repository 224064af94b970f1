// DICOM TLS layers (part of libpacsdrop_tls.so, net/TlsModule.h): DCMTK's dcmtls with PacsDrop's
// tuning, profile, certificates and the server-name check.
#include "net/TlsLayer.h"

#include "logging/Log.h"
#include "net/TunedTransport.h"

#include "dcmtk/dcmtls/tlslayer.h"
#include "dcmtk/dcmtls/tlstrans.h"

#include <QFileInfo>
#include <QHostAddress>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <mutex>
#include <utility>

namespace pacsdrop {

namespace {

// A TLS connection tuned like the plain one (TunedTransport): Nagle off, and quick ACKs re-armed
// after every read, so a peer that runs Nagle never waits ~40 ms for our ACK per file.
class QuickAckTlsConnection final : public DcmTLSConnection {
public:
    QuickAckTlsConnection(DcmNativeSocketType socket, SSL *ssl) : DcmTLSConnection(socket, ssl) { tuneSocket(socket); }
    ssize_t read(void *buf, size_t nbyte) override
    {
        const ssize_t n = DcmTLSConnection::read(buf, nbyte);
        rearmQuickAck(getSocket());
        return n;
    }
};

class TunedTlsLayer final : public DcmTLSTransportLayer {
public:
    using DcmTLSTransportLayer::DcmTLSTransportLayer;
    DcmTransportConnection *createConnection(DcmNativeSocketType openSocket, OFBool useSecureLayer) override
    {
        if (!useSecureLayer)
            return DcmTLSTransportLayer::createConnection(openSocket, useSecureLayer);
        SSL *ssl = SSL_new(getNativeHandle());
        if (!ssl)
            return nullptr;
        SSL_set_fd(ssl, static_cast<int>(openSocket));
        return new QuickAckTlsConnection(openSocket, ssl);
    }
};

thread_local QString t_verifyProblem;

// Keeps OpenSSL's reason for refusing a certificate (DCMTK only says "certificate verify failed").
extern "C" int rememberVerifyProblem(int preverifyOk, X509_STORE_CTX *context)
{
    if (!preverifyOk && t_verifyProblem.isEmpty())
        t_verifyProblem = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context)));
    return preverifyOk;
}

// After DCMTK chose the verification mode: the same mode, with the reason kept.
void keepVerifyProblems(SSL_CTX *context) { SSL_CTX_set_verify(context, SSL_CTX_get_verify_mode(context), rememberVerifyProblem); }

DcmTLSSecurityProfile profileOf(const QString &name)
{
    if (name == QStringLiteral("BCP195"))
        return TSP_Profile_BCP195;
    if (name == QStringLiteral("BCP195-Extended"))
        return TSP_Profile_BCP195_Extended;
    return TSP_Profile_BCP195_ND;
}

Result<void> check(const OFCondition &cond, const QString &what)
{
    if (cond.good())
        return {};
    return fail(ErrorCode::InvalidSettings, QStringLiteral("TLS: %1: %2").arg(what, QString::fromLatin1(cond.text())));
}

// Certificates, key, CAs, profile: what client and server layers share.
Result<std::unique_ptr<TunedTlsLayer>> makeLayer(const TlsSettings &tls, T_ASC_NetworkRole role)
{
    static std::once_flag openSsl;
    std::call_once(openSsl, [] { DcmTLSTransportLayer::initializeOpenSSL(); });
    auto layer = std::make_unique<TunedTlsLayer>(role, nullptr, OFFalse);
    if (!layer->operator bool())
        return fail(ErrorCode::Internal, QStringLiteral("TLS: OpenSSL could not be set up"));
    if (auto r = check(layer->setTLSProfile(profileOf(tls.profile)), QStringLiteral("profile %1").arg(tls.profile)); !r)
        return std::unexpected(r.error());
    if (auto r = check(layer->activateCipherSuites(), QStringLiteral("cipher suites")); !r)
        return std::unexpected(r.error());
    // TLS 1.2 or later, whatever the profile would allow.
    SSL_CTX_set_min_proto_version(layer->getNativeHandle(), TLS1_2_VERSION);
    if (!tls.certificate.isEmpty()) {
        auto passphrase = tls.passphrase();
        if (!passphrase)
            return std::unexpected(passphrase.error());
        if (!passphrase->isEmpty())
            layer->setPrivateKeyPasswd(passphrase->toUtf8().constData());
        if (auto r = check(layer->setPrivateKeyFile(QFile::encodeName(tls.privateKey).constData(), DCF_Filetype_PEM),
                           QStringLiteral("private key %1 (wrong passphrase?)").arg(tls.privateKey));
            !r)
            return std::unexpected(r.error());
        if (auto r = check(layer->setCertificateFile(QFile::encodeName(tls.certificate).constData(), DCF_Filetype_PEM),
                           QStringLiteral("certificate %1").arg(tls.certificate));
            !r)
            return std::unexpected(r.error());
        if (!layer->checkPrivateKeyMatchesCertificate())
            return fail(ErrorCode::InvalidSettings,
                        QStringLiteral("TLS: the private key %1 does not belong to the certificate %2").arg(tls.privateKey, tls.certificate));
    }
    for (const QString &trusted : tls.trustedCertificates) {
        const QByteArray path = QFile::encodeName(trusted);
        const OFCondition cond = QFileInfo(trusted).isDir() ? layer->addTrustedCertificateDir(path.constData(), DCF_Filetype_PEM)
                                                            : layer->addTrustedCertificateFile(path.constData(), DCF_Filetype_PEM);
        if (auto r = check(cond, QStringLiteral("trusted certificate %1").arg(trusted)); !r)
            return std::unexpected(r.error());
    }
    return layer;
}

} // namespace

Result<std::unique_ptr<DcmTransportLayer>> clientTlsLayer(const Device &device)
{
    auto layer = makeLayer(device.tls, NET_REQUESTOR);
    if (!layer)
        return std::unexpected(layer.error());
    switch (device.tls.peerCheck) {
    case TlsSettings::PeerCheck::Full: {
        (*layer)->setCertificateVerification(DCV_requireCertificate);
        // The certificate must name the host we call: its IP address, or its DNS name.
        X509_VERIFY_PARAM *param = SSL_CTX_get0_param((*layer)->getNativeHandle());
        const QByteArray host = device.host.toUtf8();
        const bool ok = QHostAddress(device.host).isNull() ? X509_VERIFY_PARAM_set1_host(param, host.constData(), 0) == 1
                                                           : X509_VERIFY_PARAM_set1_ip_asc(param, host.constData()) == 1;
        if (!ok)
            return fail(ErrorCode::InvalidSettings, QStringLiteral("TLS: cannot check certificates for host %1").arg(device.host));
        break;
    }
    case TlsSettings::PeerCheck::SkipHostName:
        (*layer)->setCertificateVerification(DCV_requireCertificate);
        qCWarning(lcNet).noquote() << "TLS exception for" << device.name << ": the server's host name is not checked";
        break;
    case TlsSettings::PeerCheck::None:
        (*layer)->setCertificateVerification(DCV_ignoreCertificate);
        qCWarning(lcNet).noquote() << "TLS exception for" << device.name << ": the server's certificate is not checked at all";
        break;
    }
    keepVerifyProblems((*layer)->getNativeHandle());
    return std::unique_ptr<DcmTransportLayer>(std::move(*layer));
}

Result<std::unique_ptr<DcmTransportLayer>> listenerTlsLayer(const TlsSettings &tls)
{
    auto layer = makeLayer(tls, NET_ACCEPTOR);
    if (!layer)
        return std::unexpected(layer.error());
    // Callers must show a certificate from a trusted CA when CAs are configured.
    (*layer)->setCertificateVerification(tls.trustedCertificates.isEmpty() ? DCV_ignoreCertificate : DCV_requireCertificate);
    keepVerifyProblems((*layer)->getNativeHandle());
    return std::unique_ptr<DcmTransportLayer>(std::move(*layer));
}

QString takeTlsLayerVerifyProblem() { return std::exchange(t_verifyProblem, QString()); }

} // namespace pacsdrop
