#include "net/DicomWebClient.h"

#include "dicom/DicomFileInfo.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcxfer.h"

namespace pacsdrop {

namespace {

struct HttpAnswer {
    int status = 0;                          // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QByteArray body;
};

QList<QSslCertificate> certificatesFrom(const QStringList &paths)
{
    QList<QSslCertificate> all;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator files(path, {QStringLiteral("*.pem"), QStringLiteral("*.crt")}, QDir::Files);
            while (files.hasNext())
                all += QSslCertificate::fromPath(files.next());
        } else {
            all += QSslCertificate::fromPath(path);
        }
    }
    return all;
}

// The request with authentication and the device's HTTPS rules; an error when a secret cannot be opened.
Result<QNetworkRequest> requestFor(const Device &device, const QString &path)
{
    QUrl url(device.web.url);
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(std::max(device.dimseTimeout, 1) * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (device.web.auth != DicomWebSettings::Auth::None) {
        auto secret = device.web.secret();
        if (!secret)
            return std::unexpected(secret.error());
        if (device.web.auth == DicomWebSettings::Auth::Basic)
            request.setRawHeader("Authorization", "Basic " + (device.web.user + u':' + *secret).toUtf8().toBase64());
        else
            request.setRawHeader("Authorization", "Bearer " + secret->toUtf8());
    }
    if (url.scheme() == QStringLiteral("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        if (!device.tls.trustedCertificates.isEmpty())
            ssl.setCaCertificates(certificatesFrom(device.tls.trustedCertificates));
        if (!device.tls.certificate.isEmpty()) {
            auto passphrase = device.tls.passphrase();
            if (!passphrase)
                return std::unexpected(passphrase.error());
            QFile keyFile(device.tls.privateKey);
            if (!keyFile.open(QIODevice::ReadOnly))
                return fail(ErrorCode::InvalidSettings, QStringLiteral("TLS: cannot read the private key %1").arg(device.tls.privateKey));
            const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, passphrase->toUtf8());
            const auto certificates = QSslCertificate::fromPath(device.tls.certificate);
            if (key.isNull() || certificates.isEmpty())
                return fail(ErrorCode::InvalidSettings, QStringLiteral("TLS: the client certificate or key cannot be read (wrong passphrase?)"));
            ssl.setPrivateKey(key);
            ssl.setLocalCertificate(certificates.first());
        }
        if (device.tls.peerCheck == TlsSettings::PeerCheck::None)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    return request;
}

// Waits for the reply on a local event loop; a host-name mismatch is ignored only for a device whose exception says so.
HttpAnswer wait(QNetworkReply *reply, const Device &device)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, &device](const QList<QSslError> &errors) {
        if (device.tls.peerCheck != TlsSettings::PeerCheck::SkipHostName)
            return;
        for (const QSslError &e : errors) {
            if (e.error() != QSslError::HostNameMismatch)
                return;
        }
        reply->ignoreSslErrors(errors);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.errorText = reply->errorString();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

StoreOutcome outcome(StoreOutcome::State state, ErrorCode code, const QString &message, std::optional<std::uint16_t> status = {})
{
    StoreOutcome o;
    o.state = state;
    o.errorCode = code;
    o.message = message;
    o.dimseStatus = status;
    return o;
}

// For instances the answer does not list: what the HTTP status (or the missing answer) means.
StoreOutcome unlisted(const HttpAnswer &answer, const Device &device)
{
    const QString where = device.web.url;
    if (answer.status == 0) {
        switch (answer.error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return outcome(StoreOutcome::State::Failed, ErrorCode::NetworkUnreachable,
                           QStringLiteral("%1 cannot be reached: %2").arg(where, answer.errorText));
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return outcome(StoreOutcome::State::Failed, ErrorCode::Timeout,
                           QStringLiteral("%1 did not answer within %2 s; it may still have stored the files — a resend is safe")
                               .arg(where).arg(device.dimseTimeout));
        case QNetworkReply::SslHandshakeFailedError:
            return outcome(StoreOutcome::State::Failed, ErrorCode::AssociationRejected,
                           QStringLiteral("HTTPS with %1 failed: %2 — check the device's trusted certificates").arg(where, answer.errorText));
        default:
            return outcome(StoreOutcome::State::Failed, ErrorCode::AssociationAborted,
                           QStringLiteral("%1: %2").arg(where, answer.errorText));
        }
    }
    if (answer.status == 200)
        return outcome(StoreOutcome::State::Delivered, ErrorCode::Internal, QStringLiteral("stored (HTTP 200)"));
    if (answer.status == 401 || answer.status == 403)
        return outcome(StoreOutcome::State::Failed, ErrorCode::AssociationRejected,
                       QStringLiteral("%1 refused PacsDrop's credentials (HTTP %2) — check the device's user and secret").arg(where).arg(answer.status));
    if (answer.status == 413)
        return outcome(StoreOutcome::State::Failed, ErrorCode::PeerFailure,
                       QStringLiteral("%1 found the request too large (HTTP 413) — lower the device's batch size").arg(where));
    if (answer.status == 415)
        return outcome(StoreOutcome::State::Failed, ErrorCode::ProtocolViolation,
                       QStringLiteral("%1 does not accept multipart/related DICOM (HTTP 415) — is the URL the STOW-RS base?").arg(where));
    if (answer.status == 404)
        return outcome(StoreOutcome::State::Failed, ErrorCode::InvalidSettings,
                       QStringLiteral("%1 has no STOW-RS service here (HTTP 404) — check the device's URL").arg(where));
    if (answer.status == 429 || answer.status >= 500)
        return outcome(StoreOutcome::State::Failed, ErrorCode::AssociationAborted,
                       QStringLiteral("%1 could not take the files now (HTTP %2)").arg(where).arg(answer.status));
    return outcome(StoreOutcome::State::Failed, ErrorCode::PeerFailure,
                   QStringLiteral("%1 did not store it (HTTP %2, not listed in the answer)").arg(where).arg(answer.status));
}

QString uidIn(const QJsonObject &item, const char *tag)
{
    return item.value(QLatin1String(tag)).toObject().value(QStringLiteral("Value")).toArray().first().toString();
}

int numberIn(const QJsonObject &item, const char *tag)
{
    return item.value(QLatin1String(tag)).toObject().value(QStringLiteral("Value")).toArray().first().toInt();
}

QJsonArray sequence(const QJsonObject &root, const char *tag)
{
    return root.value(QLatin1String(tag)).toObject().value(QStringLiteral("Value")).toArray();
}

// STOW-RS carries Part 10 files: a bare dataset (no meta header) is written out as one first.
Result<QString> part10Copy(const StoreItem &item, const QString &dir)
{
    if (auto safe = safeToParse(item.path); !safe)
        return std::unexpected(safe.error());
    DcmFileFormat file;
    OFCondition cond = file.loadFile(QFile::encodeName(item.path).constData(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_autoDetect);
    const QString copy = QDir(dir).filePath(item.sopInstanceUid + QStringLiteral(".dcm"));
    if (cond.good())
        cond = file.saveFile(QFile::encodeName(copy).constData(), EXS_LittleEndianExplicit);
    if (cond.bad())
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot give the file a DICOM file header for STOW-RS: %1").arg(QString::fromLatin1(cond.text())));
    return copy;
}

} // namespace

QHash<QString, StoreOutcome> stowBatch(const Device &device, const QList<StoreItem> &batch, const QString &studyUid)
{
    QHash<QString, StoreOutcome> results;
    auto request = requestFor(device, studyUid.isEmpty() ? QStringLiteral("/studies") : QStringLiteral("/studies/") + studyUid);
    if (!request) {
        for (const StoreItem &item : batch)
            results.insert(item.sopInstanceUid, outcome(StoreOutcome::State::Failed, request.error().code, request.error().message));
        return results;
    }
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::RelatedType);
    QTemporaryDir headerless; // Part 10 copies of bare datasets, for this request only
    for (const StoreItem &item : batch) {
        QString path = item.path;
        if (!item.hasMetaHeader) {
            auto copy = part10Copy(item, headerless.path());
            if (!copy) {
                results.insert(item.sopInstanceUid, outcome(StoreOutcome::State::Failed, copy.error().code, copy.error().message));
                continue;
            }
            path = *copy;
        }
        auto *file = new QFile(path, multipart);
        if (!file->open(QIODevice::ReadOnly)) {
            results.insert(item.sopInstanceUid, outcome(StoreOutcome::State::Failed, ErrorCode::FileUnreadable,
                                                        QStringLiteral("cannot read the file for sending: %1").arg(file->errorString())));
            continue;
        }
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/dicom"));
        part.setBodyDevice(file); // streamed from disk
        multipart->append(part);
    }
    // QHttpMultiPart leaves out the type parameter RFC 2387 requires (servers answer 415 without it).
    request->setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArray(QByteArray("multipart/related; type=\"application/dicom\"; boundary=") + multipart->boundary()));
    request->setRawHeader("Accept", "application/dicom+json");
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(*request, multipart);
    multipart->setParent(reply);
    const HttpAnswer answer = wait(reply, device);

    // The answer, by SOP Instance UID: stored (possibly with a warning), or failed with a reason.
    const QJsonObject root = QJsonDocument::fromJson(answer.body).object();
    for (const QJsonValue &v : sequence(root, "00081199")) {
        const QJsonObject item = v.toObject();
        const int warning = numberIn(item, "00081196");
        results.insert(uidIn(item, "00081155"), outcome(StoreOutcome::State::Delivered, ErrorCode::Internal,
                                                        warning ? QStringLiteral("stored with warning 0x%1").arg(warning, 4, 16, QLatin1Char('0'))
                                                                : QStringLiteral("stored (HTTP %1)").arg(answer.status)));
    }
    for (const QJsonValue &v : sequence(root, "00081198")) {
        const QJsonObject item = v.toObject();
        const auto reason = static_cast<std::uint16_t>(numberIn(item, "00081197"));
        results.insert(uidIn(item, "00081155"),
                       outcome(StoreOutcome::State::Failed, ErrorCode::PeerFailure,
                               QStringLiteral("%1 refused it: failure reason 0x%2").arg(device.web.url).arg(reason, 4, 16, QLatin1Char('0')), reason));
    }
    // A 200 that lists nothing means "all stored"; otherwise an instance the answer does not name was not stored.
    const bool allStored = answer.status == 200 && sequence(root, "00081199").isEmpty() && sequence(root, "00081198").isEmpty();
    for (const StoreItem &item : batch) {
        if (results.contains(item.sopInstanceUid))
            continue;
        HttpAnswer effective = answer;
        if (answer.status == 200 && !allStored)
            effective.status = 202; // listed others but not this one
        results.insert(item.sopInstanceUid, unlisted(effective, device));
    }
    return results;
}

Result<QSet<QString>> qidoInstances(const Device &device, const QString &studyUid, const QString &seriesUid)
{
    auto request = requestFor(device, QStringLiteral("/studies/%1/series/%2/instances").arg(studyUid, seriesUid));
    if (!request)
        return std::unexpected(request.error());
    request->setRawHeader("Accept", "application/dicom+json");
    QNetworkAccessManager network;
    const HttpAnswer answer = wait(network.get(*request), device);
    if (answer.status == 204 || answer.status == 404)
        return QSet<QString>();
    if (answer.status != 200) {
        const StoreOutcome o = unlisted(answer, device);
        return fail(o.errorCode, QStringLiteral("QIDO-RS: %1").arg(answer.status == 0 ? o.message : QStringLiteral("HTTP %1").arg(answer.status)));
    }
    QSet<QString> uids;
    for (const QJsonValue &v : QJsonDocument::fromJson(answer.body).array())
        uids.insert(uidIn(v.toObject(), "00080018"));
    return uids;
}

Result<qint64> dicomWebEcho(const Device &device)
{
    QElapsedTimer timer;
    timer.start();
    auto request = requestFor(device, QStringLiteral("/studies"));
    if (!request)
        return std::unexpected(request.error());
    QUrl url = request->url();
    url.setQuery(QStringLiteral("limit=1"));
    request->setUrl(url);
    request->setRawHeader("Accept", "application/dicom+json");
    QNetworkAccessManager network;
    const HttpAnswer answer = wait(network.get(*request), device);
    if (answer.status == 200 || answer.status == 204)
        return timer.elapsed();
    const StoreOutcome o = unlisted(answer, device);
    return fail(o.errorCode, answer.status == 0 ? o.message : QStringLiteral("%1 answered HTTP %2 to a QIDO-RS query").arg(device.web.url).arg(answer.status));
}

} // namespace pacsdrop
