// The local HTTP API as another program uses it, against a real Orthanc and DCMTK's wlmscpfs:
// the password (stored only hashed) is required and wrong ones are slowed down; callers from
// addresses not on the allow-list (a client bound to 127.0.0.2) and foreign Host headers are
// refused; paths outside the roots ("..", other absolute paths, a symbolic link out) are refused;
// an oversized body is refused before it is read (also when its header comes in pieces); slow
// clients are cut off and cannot crowd out others; a guesser (another address, another OS user)
// does not lock out other clients; files given by path or uploaded are sent (they arrive in
// Orthanc) or converted (downloadable, dciodvfy-clean); echo and worklist answer.
#include "Peers.h"
#include "TestData.h"
#include "TestMain.h"
#include "api/ApiAccess.h"
#include "api/ApiService.h"
#include "api/ClientIdentity.h"
#include "api/LoginThrottle.h"
#include "api/RequestGuard.h"
#include "api/Multipart.h"
#include "api/PasswordHash.h"
#include "net/Target.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QBuffer>
#include <QTemporaryDir>
#include <QProcess>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

using namespace pacsdrop;
using namespace pacsdrop::test;

namespace {

const QByteArray kPassword = "correct horse battery";

// This process's resident memory (the API server runs in it), from /proc.
qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

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
        api.allow << QStringLiteral("127.0.0.3"); // a second local client, for the per-client limits
        api.passwordHash = hashPassword(QString::fromUtf8(kPassword));
        // A console user, for the hostile-client probes against the console's endpoints.
        api.console.users = {{QStringLiteral("ada"), ConsoleRole::Administrator, hashPassword(QString::fromUtf8(kPassword), 1000)}};
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
        const QString a = LoginThrottle::keyFor(QStringLiteral("pacsdrop"), {QHostAddress(QStringLiteral("127.0.0.1")), 1000});
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < LoginThrottle::kFreeFailures; ++i) {
            throttle.failed(a, t0);
            QCOMPARE(throttle.waitSeconds(a, t0), 0);
        }
        throttle.failed(a, t0);
        QCOMPARE(throttle.waitSeconds(a, t0), 1);
        throttle.failed(a, t0.addSecs(1));
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(1)), 2);
        throttle.failed(a, t0.addSecs(3));
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3)), 4);
        // Other clients and other user names are not slowed down by it.
        QCOMPARE(throttle.waitSeconds(LoginThrottle::keyFor(QStringLiteral("pacsdrop"), {QHostAddress(QStringLiteral("127.0.0.1")), 1001}), t0), 0);
        QCOMPARE(throttle.waitSeconds(LoginThrottle::keyFor(QStringLiteral("pacsdrop"), {QHostAddress(QStringLiteral("127.0.0.3")), {}}), t0), 0);
        QCOMPARE(throttle.waitSeconds(LoginThrottle::keyFor(QStringLiteral("ehr"), {QHostAddress(QStringLiteral("127.0.0.1")), 1000}), t0), 0);
        throttle.failed(a, t0.addSecs(3600)); // long quiet: counting starts again
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3600)), 0);
        for (int i = 0; i < 40; ++i)
            throttle.failed(a, t0.addSecs(3601));
        // Never a lockout: the wait stops growing at 30 s, after which the password is checked again.
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3601)), LoginThrottle::kLongestWaitSeconds);
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3601 + LoginThrottle::kLongestWaitSeconds)), 0);
        throttle.succeeded(a);
        QCOMPARE(throttle.waitSeconds(a, t0.addSecs(3601)), 0);
        // A remote IPv6 caller counts by its /64, however many addresses it uses there.
        QCOMPARE((ClientIdentity{QHostAddress(QStringLiteral("2001:db8:1:2::5")), {}}).key(),
                 (ClientIdentity{QHostAddress(QStringLiteral("2001:db8:1:2:aaaa::7")), {}}).key());
        QVERIFY((ClientIdentity{QHostAddress(QStringLiteral("2001:db8:1:2::5")), {}}).key()
                != (ClientIdentity{QHostAddress(QStringLiteral("2001:db8:1:3::5")), {}}).key());
    }

    void localCallersAreToldApartByTheirUser()
    {
        // The kernel's table, as /proc/net/tcp prints it: 127.0.0.1:40000 -> 127.0.0.1:8770 owned by uid 1000.
        const QByteArray table =
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            "   0: 0100007F:2242 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0\n"
            "   1: 0100007F:9C40 0100007F:2242 01 00000000:00000000 00:00000000 00000000  1000        0 2 1 0 20 4 30 10 -1\n"
            "   2: 0100007F:2242 0100007F:9C40 01 00000000:00000000 00:00000000 00000000     0        0 3 1 0 20 4 30 10 -1\n";
        const QHostAddress loopback(QStringLiteral("127.0.0.1"));
        QCOMPARE(socketOwnerIn(table, loopback, 40000, loopback, 8770), std::optional<uint>(1000));
        QCOMPARE(socketOwnerIn(table, loopback, 8770, loopback, 40000), std::optional<uint>(0));
        QCOMPARE(socketOwnerIn(table, loopback, 40001, loopback, 8770), std::nullopt);
        // A real connection: the caller's end is found and belongs to this process's user.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket caller;
        caller.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(caller.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        const ClientIdentity who = identifyClient(accepted->peerAddress(), accepted->peerPort(), accepted->localAddress(), accepted->localPort());
        QCOMPARE(who.localUser, std::optional<uint>(::getuid()));
        QCOMPARE(who.key(), QStringLiteral("127.0.0.1 user %1").arg(::getuid()));
    }

    void requestHeadersAreJudgedBeforeTheyAreRead()
    {
        using Kind = HeaderVerdict::Kind;
        QCOMPARE(judgeRequestHeader("GET /api/v1/status HTTP/1.1\r\nHost: x\r\n", 100).kind, Kind::Incomplete);
        QCOMPARE(judgeRequestHeader("GET /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n", 100).kind, Kind::Accepted);
        const HeaderVerdict body = judgeRequestHeader("POST /a HTTP/1.1\r\nContent-Length: 42\r\n\r\n", 100);
        QCOMPARE(body.kind, Kind::Accepted);
        QCOMPARE(body.bodyLength, 42);
        QCOMPARE(judgeRequestHeader("POST /a HTTP/1.1\r\nContent-Length: 101\r\n\r\n", 100).status, 413);
        QCOMPARE(judgeRequestHeader("POST /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 100).status, 400);
        QCOMPARE(judgeRequestHeader("POST /a HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", 100).status, 400);
        QCOMPARE(judgeRequestHeader("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 100).status, 411);
        QCOMPARE(judgeRequestHeader("GET / HTTP/1.1\r\nX: " + QByteArray(70 * 1024, 'a'), 100).status, 431);
        QCOMPARE(judgeRequestHeader("some body bytes", 100).kind, Kind::NotARequestLine);
        QCOMPARE(judgeRequestHeader("PO", 100).kind, Kind::Incomplete); // may become "POST "
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
        // A header that arrives in pieces is judged whole: the size is still refused before the body.
        QTcpSocket pieces;
        pieces.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(pieces.waitForConnected(5000));
        for (const QByteArray piece : {QByteArray("PO"), QByteArray("ST /api/v1/send HTTP/1.1\r\nHost: localhost\r\nConte"),
                                       QByteArray("nt-Length: 5000000\r\n"), QByteArray("\r\n")}) {
            pieces.write(piece);
            QVERIFY(pieces.waitForBytesWritten(5000));
            QThread::msleep(100);
        }
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && pieces.waitForReadyRead(5000))
            answer += pieces.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
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

    void aFileThatWouldCrashAParserFailsAloneAndTheServerGoesOn()
    {
        // 6,000 nested sequences once took the whole service down a second after a 202.
        QCOMPARE(QProcess::execute(QStringLiteral(PACSDROP_PYTHON3), {QStringLiteral(PACSDROP_TEST_SCRIPTS) + QStringLiteral("/make_hostile.py"),
                                                                       root(), QStringLiteral("nest_6000.dcm")}),
                 0);
        QVERIFY(QFile::copy(pydicomFile(QStringLiteral("MR_small.dcm")), QDir(root()).filePath(QStringLiteral("mr.dcm"))));
        const HttpReply byPath = postJson("/api/v1/send", {{QStringLiteral("to"), QStringLiteral("Archive")},
                                                           {QStringLiteral("files"), QJsonArray{QDir(root()).filePath(QStringLiteral("nest_6000.dcm")),
                                                                                                QDir(root()).filePath(QStringLiteral("mr.dcm"))}}});
        QCOMPARE(byPath.status, 202);
        const QJsonObject job = finishedJob(byPath.json());
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue &v : job.value(QStringLiteral("files")).toArray())
            rows.insert(QFileInfo(v.toObject().value(QStringLiteral("name")).toString()).fileName(), v.toObject());
        QCOMPARE(rows[QStringLiteral("nest_6000.dcm")].value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QVERIFY2(rows[QStringLiteral("nest_6000.dcm")].value(QStringLiteral("message")).toString().contains(QStringLiteral("nested more than 256 deep")),
                 QJsonDocument(job).toJson().constData());
        QCOMPARE(rows[QStringLiteral("mr.dcm")].value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QVERIFY(m_orthanc.sopInstanceUids().contains(sopInstanceUidOf(pydicomFile(QStringLiteral("MR_small.dcm")))));
        // The same uploaded, and the server still answers afterwards.
        QFile nest(QDir(root()).filePath(QStringLiteral("nest_6000.dcm")));
        QVERIFY(nest.open(QIODevice::ReadOnly));
        const HttpReply upload = call({"POST", "/api/v1/send", {{"Content-Type", "multipart/form-data; boundary=n3st"}},
                                       formData("n3st", {{QStringLiteral("to"), QStringLiteral("Archive")}}, {{QStringLiteral("deep.dcm"), nest.readAll()}}), {}});
        QCOMPARE(upload.status, 202);
        const QJsonObject uploadJob = finishedJob(upload.json());
        QCOMPARE(uploadJob.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(call({"GET", "/api/v1/status", {}, {}, {}}).status, 200);
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

    void slowClientsAreCutOffAndCannotCrowdOutOthers()
    {
        // One client (127.0.0.3) opens a connection with a body that stalls after 10 bytes, and 40
        // that send their header a byte at a time (slowloris), to the API and to the console.
        struct Slow {
            std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
            QByteArray received;
            bool closed = false;
        };
        std::vector<Slow> slow(41);
        for (std::size_t i = 0; i < slow.size(); ++i) {
            QTcpSocket &s = *slow[i].socket;
            QVERIFY(s.bind(QHostAddress(QStringLiteral("127.0.0.3"))));
            s.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(s.waitForConnected(5000));
            // Half of them aim at the service console's page: the same guards hold there.
            s.write(i == 0 ? QByteArray("POST /api/v1/send HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n0123456789")
                           : i % 2 ? QByteArray("GET / HTTP/1.1\r\nHo") : QByteArray("GET /api/v1/status HTTP/1.1\r\nHo"));
            QVERIFY(s.waitForBytesWritten(5000));
        }
        QElapsedTimer clock;
        clock.start();
        auto pump = [&] {
            for (Slow &c : slow) {
                if (c.closed)
                    continue;
                c.socket->waitForReadyRead(5);
                c.received += c.socket->readAll();
                c.closed = c.socket->state() == QAbstractSocket::UnconnectedState;
            }
        };
        auto statusOf = [](const Slow &c) { return c.received.left(c.received.indexOf("\r\n")).split(' ').value(1).toInt(); };
        // Beyond 16 connections the client is answered 503 at once.
        while (clock.elapsed() < 1500)
            pump();
        int refused = 0;
        for (const Slow &c : slow)
            refused += statusOf(c) == 503 ? 1 : 0;
        QCOMPARE(refused, 41 - 16);
        // Another client is served meanwhile.
        QCOMPARE(call({"GET", "/api/v1/status", {}, {}, {}}).status, 200);
        // The 16 are given 10 s for a header, and a body may pause 10 s: then 408 and closed.
        while (clock.elapsed() < 16000) {
            for (Slow &c : slow)
                if (!c.closed && c.received.isEmpty() && &c != &slow.front())
                    c.socket->write("s");
            pump();
            if (clock.elapsed() > 8000 && clock.elapsed() < 8200)
                for (const Slow &c : slow)
                    QVERIFY2(c.closed == !c.received.isEmpty() || statusOf(c) == 503, "a slow connection was cut before its time");
            QThread::msleep(200);
        }
        int timedOut = 0;
        for (const Slow &c : slow) {
            QVERIFY2(c.closed, qPrintable(QStringLiteral("still open after 16 s: ") + QString::fromLatin1(c.received)));
            timedOut += statusOf(c) == 408 ? 1 : 0;
        }
        QCOMPARE(timedOut, 16);
        QVERIFY(slow.front().received.contains("408"));
        // Their places are free again.
        QCOMPARE(call({"GET", "/api/v1/status", {}, {}, "127.0.0.3"}).status, 200);
    }

    void aGuesserDoesNotLockOutOthers()
    {
        // The right credentials written with extra spaces: the server has not seen (remembered) them yet.
        auto unseen = [](int spaces) -> QByteArray { return "Basic " + QByteArray(spaces, ' ') + QByteArray("pacsdrop:" + kPassword).toBase64(); };
        // A program on 127.0.0.3 guesses: after three wrong passwords it must wait.
        for (int i = 0; i < LoginThrottle::kFreeFailures + 1; ++i)
            QCOMPARE(call({"GET", "/api/v1/status", {{"Authorization", basic("pacsdrop", "nope")}}, {}, "127.0.0.3"}, false).status, 401);
        const HttpReply blocked = call({"GET", "/api/v1/status", {{"Authorization", basic("pacsdrop", "nope2")}}, {}, "127.0.0.3"}, false);
        QCOMPARE(blocked.status, 429);
        // Another client logs in at once, with the same user name.
        QCOMPARE(call({"GET", "/api/v1/status", {{"Authorization", unseen(1)}}, {}, {}}, false).status, 200);
        // A login the server already accepted passes at once, even from the guesser's client.
        QCOMPARE(call({"GET", "/api/v1/status", {}, {}, "127.0.0.3"}).status, 200);
        // The right password new to the server, from the guesser's own client, waits and then passes.
        HttpReply waiting = call({"GET", "/api/v1/status", {{"Authorization", unseen(2)}}, {}, "127.0.0.3"}, false);
        if (waiting.status == 429) {
            const int retryAfter = waiting.header("Retry-After").toInt();
            QVERIFY(retryAfter >= 1 && retryAfter <= LoginThrottle::kLongestWaitSeconds);
            QThread::msleep(retryAfter * 1000 + 200);
            waiting = call({"GET", "/api/v1/status", {{"Authorization", unseen(2)}}, {}, "127.0.0.3"}, false);
        }
        QCOMPARE(waiting.status, 200);
    }

    // The API's hostile-client probes, at the service console's endpoints (same listener, same
    // guards): foreign hosts and addresses, a lying Content-Length, a gzip bomb, guessing; and the
    // server's memory stays flat through them.
    void theConsoleEndpointsResistTheSameHostileClients()
    {
        const qint64 before = residentKilobytes();
        const auto consoleLogin = [&](const QByteArray &password, const QByteArray &from, QList<std::pair<QByteArray, QByteArray>> extra = {}) {
            extra.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
            return call({"POST", "/console/login", extra, "{\"user\":\"ada\",\"password\":\"" + password + "\"}", from}, false);
        };
        QCOMPARE(call({"GET", "/", {}, {}, {}}, false).status, 200); // the page itself needs no login
        QCOMPARE(call({"GET", "/", {{"Host", "evil.example:80"}}, {}, {}}, false).status, 403);
        QCOMPARE(consoleLogin(kPassword, {}, {{"Host", "evil.example"}}).status, 403);
        QCOMPARE(call({"GET", "/", {}, {}, "127.0.0.2"}, false).status, 403);
        // HEAD: the headers (with the length a GET would have) and no body; the connection stays
        // usable for the next request.
        {
            QTcpSocket head;
            head.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(head.waitForConnected(5000));
            head.write("HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\nGET /assets/console.css HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QByteArray answers;
            while (answers.count("HTTP/1.1 200") < 2 && head.waitForReadyRead(5000))
                answers += head.readAll();
            QVERIFY2(answers.startsWith("HTTP/1.1 200"), answers.left(200).constData());
            const qsizetype second = answers.indexOf("HTTP/1.1 200", 1);
            QVERIFY2(second > 0, answers.left(400).constData());
            const QByteArray first = answers.left(second);
            QVERIFY(first.endsWith("\r\n\r\n")); // nothing after the HEAD answer's headers
            QVERIFY(!first.contains("<html") && first.toLower().contains("content-length: ") && !first.toLower().contains("content-length: 0\r"));
        }
        // A Content-Length larger than allowed is refused before any body is read (none is sent).
        {
            QTcpSocket liar;
            liar.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(liar.waitForConnected(5000));
            liar.write("POST /console/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n");
            QVERIFY(liar.waitForBytesWritten(5000));
            QByteArray answer;
            while (!answer.contains("\r\n\r\n") && liar.waitForReadyRead(5000))
                answer += liar.readAll();
            QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        }
        QCOMPARE(call({"POST", "/console/login", {{"Content-Type", "application/json"}}, QByteArray(1024 * 1024 + 1, '{'), {}}, false).status, 413);
        // A gzip bomb (1 kB that would inflate to 100 MB): never inflated, refused as not JSON.
        QByteArray bomb;
        {
            QProcess gzip;
            gzip.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("head -c 100000000 /dev/zero | gzip -9")});
            QVERIFY(gzip.waitForFinished(60000));
            bomb = gzip.readAllStandardOutput();
        }
        QVERIFY(bomb.size() > 1000 && bomb.size() < 1024 * 1024);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(call({"POST", "/console/login", {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}}, bomb, {}}, false).status, 415);
        // Guessing from one client is slowed; the administrator at another desk logs in at once.
        for (int i = 0; i <= LoginThrottle::kFreeFailures; ++i)
            QCOMPARE(consoleLogin("guess", "127.0.0.3").status, 401);
        QCOMPARE(consoleLogin("guess again", "127.0.0.3").status, 429);
        const HttpReply ok = consoleLogin(kPassword, {});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.header("Set-Cookie").contains("HttpOnly"));
        QVERIFY(ok.header("Content-Security-Policy").contains("default-src 'none'"));
        // ... and the server's memory did not grow with any of it.
        const qint64 after = residentKilobytes();
        QVERIFY2(after - before < 20 * 1024, qPrintable(QStringLiteral("resident memory grew by %1 kB").arg(after - before)));
    }

    void aGuesserOfAnotherUserDoesNotSlowDownThisOne()
    {
        // Both on 127.0.0.1, as all programs on one computer: told apart by their operating-system user.
        if (::getuid() != 0)
            QSKIP("running the guesser as another user needs root");
        const QString guesser = QStringLiteral(
            "import urllib.request, urllib.error, base64, sys\n"
            "codes = []\n"
            "for i in range(8):\n"
            "    r = urllib.request.Request(sys.argv[1], headers={'Authorization': 'Basic ' + base64.b64encode(b'pacsdrop:guess%d' % i).decode()})\n"
            "    try:\n"
            "        codes.append(urllib.request.urlopen(r).status)\n"
            "    except urllib.error.HTTPError as e:\n"
            "        codes.append(e.code)\n"
            "print(' '.join(map(str, codes)))\n");
        QProcess p;
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                            QStringLiteral(PACSDROP_PYTHON3), QStringLiteral("-c"), guesser,
                                            QStringLiteral("http://127.0.0.1:%1/api/v1/status").arg(m_port)});
        QVERIFY(p.waitForFinished(60000));
        const QString codes = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
        QVERIFY2(codes.startsWith(QStringLiteral("401 401 401 401 429")), qPrintable(codes + QString::fromLocal8Bit(p.readAllStandardError())));
        // This user, same address and user name, credentials the server has not remembered: at once.
        const QByteArray unseen = "Basic   " + QByteArray("pacsdrop:" + kPassword).toBase64();
        QCOMPARE(call({"GET", "/api/v1/status", {{"Authorization", unseen}}, {}, {}}, false).status, 200);
    }
};

PACSDROP_TEST_MAIN(TestApi)
#include "tst_api.moc"
