// The local HTTP API as another program uses it, against a real Orthanc and DCMTK's wlmscpfs:
// the password (stored only hashed) is required and wrong ones are slowed down; callers from
// addresses not on the allow-list (a client bound to 127.0.0.2) and foreign Host headers are
// refused; paths outside the roots ("..", other absolute paths, a symbolic link out) are refused;
// an oversized body is refused before it is read; files given by path or uploaded are sent (they
// arrive in Orthanc) or converted (downloadable, dciodvfy-clean); echo and worklist answer.
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "api/ApiAccess.h"
#include "api/ApiService.h"
#include "api/LoginThrottle.h"
#include "api/Multipart.h"
#include "api/PasswordHash.h"
#include "net/Target.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QBuffer>
#include <QTemporaryDir>
#include <QProcess>
#include <QThread>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

const QByteArray kPassword = "correct horse battery";

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

// A multipart/form-data body: a "request" JSON field and files.
QByteArray formData(const QByteArray &boundary, const QJsonObject &request, const QList<std::pair<QString, QByteArray>> &files)
{
    QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"request\"\r\nContent-Type: application/json\r\n\r\n"
                      + QJsonDocument(request).toJson(QJsonDocument::Compact) + "\r\n";
    for (const auto &[name, data] : files)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name.toUtf8()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n";
    return body + "--" + boundary + "--\r\n";
}

QByteArray jpegBytes()
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

} // namespace

class TestApi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Orthanc m_orthanc;
    WorklistScp m_worklist{QStringLiteral("RIS")};
    std::unique_ptr<ApiService> m_api;
    quint16 m_port = 0;

    QString root() const { return m_dir.filePath(QStringLiteral("root")); }

    HttpReply call(HttpCall c, bool authenticated = true)
    {
        if (authenticated)
            c.headers.append({"Authorization", basic("pacsdrop", kPassword)});
        return httpCall(m_port, c);
    }
    HttpReply postJson(const QByteArray &path, const QJsonObject &body)
    {
        return call({"POST", path, {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson(), {}});
    }
    // Polls the job until it is no longer queued or running.
    QJsonObject finishedJob(const QJsonObject &accepted)
    {
        const QByteArray path = "/api/v1/jobs/" + accepted.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString().toUtf8();
        QJsonObject job;
        for (int i = 0; i < 600; ++i) {
            job = call({"GET", path, {}, {}, {}}).json();
            const QString state = job.value(QStringLiteral("state")).toString();
            if (state == QStringLiteral("done") || state == QStringLiteral("failed"))
                return job;
            QThread::msleep(100);
        }
        return job;
    }

private slots:
    void initTestCase()
    {
        paths::setDataDirOverride(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(QDir().mkpath(root()));
        QVERIFY2(m_orthanc.start(), qPrintable(m_orthanc.lastError()));
        QVERIFY2(m_worklist.addDcmtkSamples(), qPrintable(m_worklist.lastError()));
        QVERIFY2(m_worklist.start(), qPrintable(m_worklist.lastError()));
        Settings settings = *Settings::load(m_dir.filePath(QStringLiteral("settings.json")));
        auto archive = parseAddress(m_orthanc.target());
        QVERIFY(archive);
        archive->name = QStringLiteral("Archive");
        archive->isDefault = true;
        QVERIFY(settings.putDevice(*archive));
        LookupDevice ris;
        ris.connection = *parseAddress(m_worklist.target());
        ris.connection.name = QStringLiteral("RIS");
        settings.setWorklistDevices({ris});
        ApiSettings api;
        api.enabled = true;
        api.port = freePort();
        api.roots = {root()};
        api.maxRequestMegabytes = 1;
        api.passwordHash = hashPassword(QString::fromUtf8(kPassword));
        settings.setApi(api);
        QVERIFY(settings.save());
        m_api = std::make_unique<ApiService>(settings);
        auto port = m_api->start();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        m_port = *port;
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_worklist.stop();
    }

    void passwordsAreStoredOnlyAsSaltedHashes()
    {
        const QString hash = hashPassword(QStringLiteral("s3cret-Pässword"), 2000);
        QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
        QVERIFY(!hash.contains(QStringLiteral("s3cret")));
        QVERIFY(passwordMatches(QStringLiteral("s3cret-Pässword"), hash));
        QVERIFY(!passwordMatches(QStringLiteral("s3cret-Password"), hash));
        QVERIFY(hash != hashPassword(QStringLiteral("s3cret-Pässword"), 2000)); // salted
        QVERIFY(!passwordMatches(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$2000$bad")));
        // The settings file keeps the hash, never the password, and only its owner may read it.
        QFile file(m_dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("pbkdf2-sha256$"));
        QVERIFY(!text.contains(kPassword));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
    }

    void pathsStayInsideTheRoots()
    {
        const QString inside = QDir(root()).filePath(QStringLiteral("in.txt"));
        QFile f(inside);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(QFile::link(QStringLiteral("/etc"), QDir(root()).filePath(QStringLiteral("etc-link"))));
        const QStringList roots{root()};
        QCOMPARE(*confinedPath(inside, roots), QFileInfo(inside).canonicalFilePath());
        for (const QString &bad : QStringList{QStringLiteral("/etc/passwd"), QStringLiteral("in.txt"), root() + QStringLiteral("/../root/in.txt"),
                                              root() + QStringLiteral("/etc-link/passwd"), root() + QStringLiteral("x/in.txt")})
            QVERIFY2(!confinedPath(bad, roots), qPrintable(bad));
        // Outside the roots, existence is not revealed: the same answer for a file that is not there.
        QCOMPARE(confinedPath(QStringLiteral("/nonexistent/x"), roots).error().message,
                 QStringLiteral("\"/nonexistent/x\" is outside the folders open to the API"));
        QCOMPARE(confinedPath(root() + QStringLiteral("/missing.dcm"), roots).error().code, ErrorCode::FileNotFound);
        QVERIFY(!confinedPath(inside, {}));
    }

    void addressesAndHostNames()
    {
        const QStringList allow{QStringLiteral("127.0.0.1"), QStringLiteral("10.1.2.0/24")};
        QVERIFY(addressAllowed(QHostAddress(QStringLiteral("127.0.0.1")), allow));
        QVERIFY(addressAllowed(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), allow));
        QVERIFY(addressAllowed(QHostAddress(QStringLiteral("10.1.2.77")), allow));
        QVERIFY(!addressAllowed(QHostAddress(QStringLiteral("10.1.3.1")), allow));
        QVERIFY(!addressAllowed(QHostAddress(QStringLiteral("127.0.0.2")), allow));
        ApiSettings api;
        api.hostNames = {QStringLiteral("pacsdrop.clinic.local")};
        for (const char *good : {"127.0.0.1:8770", "localhost", "LOCALHOST:1", "[::1]:8770", "pacsdrop.clinic.local:8770"})
            QVERIFY2(hostHeaderAllowed(good, api), good);
        for (const char *bad : {"evil.example", "evil.example:8770", "", "127.0.0.1.evil.example"})
            QVERIFY2(!hostHeaderAllowed(bad, api), bad);
    }

    void guessingIsThrottled()
    {
        LoginThrottle throttle;
        const QHostAddress a(QStringLiteral("127.0.0.1"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < LoginThrottle::kFreeFailures; ++i) {
            throttle.failed(a, t0);
            QCOMPARE(throttle.waitSeconds(a, t0), 0);
        }
        throttle.failed(a, t0);
        QCOMPARE(throttle.waitSeconds(a, t0), 2);
        throttle.failed(a, t0.addSecs(2));
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(2)), 4);
        QCOMPARE(throttle.waitSeconds(QHostAddress(QStringLiteral("127.0.0.3")), t0), 0); // per address
        throttle.failed(a, t0.addSecs(3600)); // long quiet: counting starts again
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3600)), 0);
        for (int i = 0; i < 30; ++i)
            throttle.failed(a, t0.addSecs(3601));
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3601)), 300); // capped at five minutes
        throttle.succeeded(a);
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3601)), 0);
    }

    void formDataIsParsed()
    {
        const QByteArray binary("\r\n--notTheBoundary\r\n\0\xff", 22);
        const QByteArray body = formData("XyZ", {{QStringLiteral("to"), QStringLiteral("Archive")}},
                                         {{QStringLiteral("C:\\scans\\a.pdf"), binary}, {QStringLiteral("../../b.jpg"), "jpeg"}});
        auto parts = parseFormData("multipart/form-data; boundary=XyZ", body);
        QVERIFY2(parts, qPrintable(parts ? QString() : parts.error().message));
        QCOMPARE(parts->size(), 3);
        QCOMPARE(parts->at(0).name, QStringLiteral("request"));
        QCOMPARE(parts->at(1).data, binary);
        QCOMPARE(safeFileName(parts->at(1).fileName, 1), QStringLiteral("1-a.pdf"));
        QCOMPARE(safeFileName(parts->at(2).fileName, 2), QStringLiteral("2-b.jpg"));
        QCOMPARE(safeFileName(QStringLiteral("..."), 3), QStringLiteral("3-upload"));
        QVERIFY(!parseFormData("multipart/form-data; boundary=XyZ", "--XyZ\r\nbroken"));
        QVERIFY(!parseFormData("application/json", body));
    }

    void theRightPasswordIsNeeded()
    {
        const HttpReply anonymous = call({"GET", "/api/v1/status", {}, {}, {}}, false);
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        const HttpReply wrong = call({"GET", "/api/v1/status", {{"Authorization", basic("pacsdrop", "guess")}}, {}, {}}, false);
        QCOMPARE(wrong.status, 401);
        const HttpReply wrongUser = call({"GET", "/api/v1/status", {{"Authorization", basic("admin", kPassword)}}, {}, {}}, false);
        QCOMPARE(wrongUser.status, 401);
        const HttpReply ok = call({"GET", "/api/v1/status", {}, {}, {}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("api")).toString(), QStringLiteral("v1"));
        QCOMPARE(call({"GET", "/api/v2/status", {}, {}, {}}).status, 404);
        const HttpReply method = call({"DELETE", "/api/v1/devices", {}, {}, {}});
        QCOMPARE(method.status, 405);
        QCOMPARE(method.header("Allow"), QByteArray("GET"));
    }

    void otherAddressesAndForeignHostsAreRefused()
    {
        // The right password from an address not on the allow-list (a "different computer").
        const HttpReply other = call({"GET", "/api/v1/status", {}, {}, "127.0.0.2"});
        QCOMPARE(other.status, 403);
        QVERIFY(other.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("127.0.0.2")));
        // A web page on another site reaching this port through DNS rebinding sends its own Host.
        const HttpReply rebinding = call({"GET", "/api/v1/status", {{"Host", "evil.example:80"}}, {}, {}});
        QCOMPARE(rebinding.status, 403);
        QCOMPARE(call({"GET", "/api/v1/status", {{"Host", "localhost"}}, {}, {}}).status, 200);
    }

    void anOversizedBodyIsRefusedBeforeItIsRead()
    {
        const QByteArray big(1024 * 1024 + 1, 'x');
        const HttpReply tooLarge = call({"POST", "/api/v1/send", {{"Content-Type", "application/json"}}, big, {}});
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(call({"POST", "/api/v1/send", {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}}, {}, {}}).status, 411);
        QCOMPARE(call({"GET", "/api/v1/status", {}, {}, {}}).status, 200); // and the server goes on
        QVERIFY(call({"GET", "/api/v1/jobs", {}, {}, {}}).json().value(QStringLiteral("jobs")).toArray().isEmpty());
    }

    void pathsOutsideTheRootsAreRefused()
    {
        QCOMPARE(postJson("/api/v1/send", {{QStringLiteral("files"), QJsonArray{QStringLiteral("/etc/passwd")}}}).status, 403);
        QCOMPARE(postJson("/api/v1/send", {{QStringLiteral("files"), QJsonArray{QString(root() + QStringLiteral("/../../x"))}}}).status, 403);
        QCOMPARE(postJson("/api/v1/convert", {{QStringLiteral("files"), QJsonArray{QStringLiteral("relative.jpg")}}}).status, 403);
        QCOMPARE(postJson("/api/v1/send", {{QStringLiteral("files"), QJsonArray{QString(root() + QStringLiteral("/nothing.dcm"))}}}).status, 404);
        QCOMPARE(postJson("/api/v1/send", {{QStringLiteral("to"), QStringLiteral("1.2.3.4:104")}, {QStringLiteral("files"), QJsonArray{root()}}}).status,
                 404); // only configured devices
        QVERIFY(call({"GET", "/api/v1/jobs", {}, {}, {}}).json().value(QStringLiteral("jobs")).toArray().isEmpty());
    }

    void filesByPathAndUploadsArriveInOrthanc()
    {
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("CT_small.dcm")), QDir(root()).filePath(QStringLiteral("ct.dcm"))));
        const HttpReply byPath = postJson("/api/v1/send", {{QStringLiteral("to"), QStringLiteral("Archive")},
                                                           {QStringLiteral("files"), QJsonArray{QDir(root()).filePath(QStringLiteral("ct.dcm"))}}});
        QCOMPARE(byPath.status, 202);
        QVERIFY(byPath.header("Location").startsWith("/api/v1/jobs/"));
        const QJsonObject job = finishedJob(byPath.json());
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QJsonObject file = job.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        const QString ctUid = sopInstanceUidOf(pydicomFile(QStringLiteral("CT_small.dcm")));
        QCOMPARE(file.value(QStringLiteral("objects")).toArray().first().toObject().value(QStringLiteral("sopInstanceUid")).toString(), ctUid);
        QVERIFY(m_orthanc.sopInstanceUids().contains(ctUid));

        // Uploaded: a photo converted with the study data given, and a damaged DICOM file rejected with its reason.
        QFile damaged(pydicomFile(QStringLiteral("MR_truncated.dcm")));
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray body = formData("b0undary", {{QStringLiteral("study"), QJsonObject{{QStringLiteral("PatientName"), QStringLiteral("Api^Test")},
                                                                                            {QStringLiteral("PatientID"), QStringLiteral("API-1")}}}},
                                         {{QStringLiteral("wound.jpg"), jpegBytes()}, {QStringLiteral("broken.dcm"), damaged.readAll()}});
        const HttpReply upload = call({"POST", "/api/v1/send", {{"Content-Type", "multipart/form-data; boundary=b0undary"}}, body, {}});
        QCOMPARE(upload.status, 202);
        const QJsonObject uploadJob = finishedJob(upload.json());
        QCOMPARE(uploadJob.value(QStringLiteral("destination")).toString(), QStringLiteral("Archive")); // the default device
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue &v : uploadJob.value(QStringLiteral("files")).toArray())
            rows.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QCOMPARE(rows.keys(), (QStringList{QStringLiteral("broken.dcm"), QStringLiteral("wound.jpg")}));
        QCOMPARE(rows[QStringLiteral("wound.jpg")].value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(rows[QStringLiteral("broken.dcm")].value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QVERIFY(!rows[QStringLiteral("broken.dcm")].value(QStringLiteral("message")).toString().isEmpty());
        const QString photoUid = rows[QStringLiteral("wound.jpg")].value(QStringLiteral("objects")).toArray().first().toObject()
                                     .value(QStringLiteral("sopInstanceUid")).toString();
        QVERIFY(m_orthanc.sopInstanceUids().contains(photoUid));
        const QByteArray stored = m_orthanc.instanceFile(photoUid);
        QVERIFY(stored.contains("Api^Test"));
        QVERIFY(stored.contains("API-1"));
        // Uploads are not kept once delivered.
        QDirIterator left(paths::dataDir() + QStringLiteral("/api/jobs"), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));
    }

    void convertedFilesCanBeDownloaded()
    {
        const QByteArray body = formData("zz", {{QStringLiteral("study"), QJsonObject{{QStringLiteral("PatientName"), QStringLiteral("Api^Test")},
                                                                                      {QStringLiteral("PatientID"), QStringLiteral("API-1")}}}},
                                         {{QStringLiteral("photo.jpg"), jpegBytes()}});
        const HttpReply accepted = call({"POST", "/api/v1/convert", {{"Content-Type", "multipart/form-data; boundary=zz"}}, body, {}});
        QCOMPARE(accepted.status, 202);
        const QJsonObject job = finishedJob(accepted.json());
        const QJsonObject object = job.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("objects")).toArray().first().toObject();
        const HttpReply download = call({"GET", object.value(QStringLiteral("download")).toString().toUtf8(), {}, {}, {}});
        QCOMPARE(download.status, 200);
        QCOMPARE(download.header("Content-Type"), QByteArray("application/dicom"));
        QCOMPARE(download.body.mid(128, 4), QByteArray("DICM"));
        const QString file = m_dir.filePath(QStringLiteral("downloaded.dcm"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(download.body);
        out.close();
        QCOMPARE(sopInstanceUidOf(file), object.value(QStringLiteral("sopInstanceUid")).toString());
        QCOMPARE(dciodvfyErrors(file), QString());
        QCOMPARE(call({"GET", "/api/v1/jobs/" + job.value(QStringLiteral("id")).toString().toUtf8() + "/objects/7", {}, {}, {}}).status, 404);
    }

    void echoAndWorklistAnswer()
    {
        const HttpReply echo = call({"POST", "/api/v1/devices/Archive/echo", {}, {}, {}});
        QCOMPARE(echo.status, 200);
        QCOMPARE(echo.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(call({"POST", "/api/v1/devices/Nowhere/echo", {}, {}, {}}).status, 404);
        // DCMTK's sample worklist: ten items on any date, one with accession 00002.
        const HttpReply all = call({"GET", "/api/v1/worklist?from=RIS&date=any", {}, {}, {}});
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(QStringLiteral("items")).toArray().size(), 10);
        const HttpReply one = call({"GET", "/api/v1/worklist?from=RIS&date=any&accession=00002", {}, {}, {}});
        QCOMPARE(one.json().value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(call({"GET", "/api/v1/worklist?from=OFFIS@127.0.0.1:1&date=any", {}, {}, {}}).status, 404);
    }

    void httpsWhenACertificateIsSet()
    {
        const QString pki = m_dir.filePath(QStringLiteral("pki"));
        QProcess make;
        make.start(QStringLiteral(PACSDROP_TEST_SCRIPTS "/make_pki.sh"), {pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        Settings settings = *Settings::load(m_dir.filePath(QStringLiteral("settings.json")));
        ApiSettings api = settings.api();
        api.port = freePort();
        api.certificate = pki + QStringLiteral("/server.pem");
        api.privateKey = pki + QStringLiteral("/server.key");
        settings.setApi(api);
        ApiService secure(settings);
        auto port = secure.start();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        HttpCall status{"GET", "/api/v1/status", {{"Authorization", basic("pacsdrop", kPassword)}}, {}, {}};
        status.trustedCa = pki + QStringLiteral("/ca.pem");
        const HttpReply overTls = httpCall(*port, status);
        QCOMPARE(overTls.status, 200);
        QCOMPARE(overTls.json().value(QStringLiteral("api")).toString(), QStringLiteral("v1"));
        status.trustedCa.clear(); // plain HTTP to the HTTPS port: no answer
        QCOMPARE(httpCall(*port, status).status, 0);
        status.trustedCa = pki + QStringLiteral("/rogue-ca.pem"); // the client does not trust it: no request sent
        QCOMPARE(httpCall(*port, status).status, 0);
    }

    void wrongPasswordsSlowDownTheCaller()
    {
        // Run last: it blocks this address for a moment.
        for (int i = 0; i < LoginThrottle::kFreeFailures + 1; ++i)
            QCOMPARE(call({"GET", "/api/v1/status", {{"Authorization", basic("pacsdrop", "nope")}}, {}, {}}, false).status, 401);
        // Now even the right password waits: guessing in parallel gains nothing.
        const HttpReply blocked = call({"GET", "/api/v1/status", {}, {}, {}});
        QCOMPARE(blocked.status, 429);
        const int retryAfter = blocked.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 2);
        QThread::msleep(retryAfter * 1000 + 200);
        QCOMPARE(call({"GET", "/api/v1/status", {}, {}, {}}).status, 200);
    }
};

PACSDROP_TEST_MAIN(TestApi)
#include "tst_api.moc"
