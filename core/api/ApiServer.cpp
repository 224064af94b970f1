#include "api/ApiServer.h"

#include "api/ApiAccess.h"
#include "api/ApiActions.h"
#include "api/ApiJobRunners.h"
#include "api/Multipart.h"
#include "api/PasswordHash.h"
#include "api/RequestGuard.h"
#include "api/StreamedBody.h"
#include "logging/Log.h"
#include "outbox/Spool.h"
#include "settings/AppPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

namespace pacsdrop {

namespace {

constexpr int kLoginRememberedSeconds = 12 * 3600;
constexpr int kMostRememberedLogins = 64;

struct Credentials {
    QString user;
    QString password;
    bool given = false; // a Basic header with user:password
};

Credentials basicCredentials(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic "))
        return {};
    const QString text = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed()));
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return {};
    return {text.left(colon), text.mid(colon + 1), true};
}
constexpr int kJobsKeptHours = 24;

void send(QHttpServerResponder &responder, const ApiReply &reply)
{
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[key, value] : reply.headers)
        responder.writeHeader(key, value);
    responder.writeBody(body);
}

ApiReply unauthorized(const QString &message)
{
    ApiReply reply = errorReply(401, message);
    reply.withHeader("WWW-Authenticate", "Basic realm=\"PacsDrop\", charset=\"UTF-8\"");
    return reply;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    default: return QStringLiteral("OTHER");
    }
}

// A path from a request refused with the status that fits: 404 when it does not exist, else 403.
ApiReply pathRefusal(const Error &error)
{
    return errorReply(error.code == ErrorCode::FileNotFound ? 404 : 403, error.message);
}

// What a send or convert request names: its JSON part, and the files (given by path or uploaded).
struct ParsedRequest {
    QJsonObject json;
    JobInputs inputs;
    std::optional<ApiReply> problem;
};

ParsedRequest parseJobRequest(const QHttpServerRequest &request, const QStringList &roots, const QString &uploadDir)
{
    ParsedRequest parsed;
    const QByteArray contentType = request.value("Content-Type");
    QList<FormPart> uploads;
    if (contentType.toLower().startsWith("multipart/form-data")) {
        auto parts = parseFormData(contentType, request.body());
        if (!parts) {
            parsed.problem = errorReply(400, parts.error().message);
            return parsed;
        }
        for (FormPart &part : *parts) {
            if (part.name == QStringLiteral("request") && part.fileName.isEmpty())
                parsed.json = QJsonDocument::fromJson(part.data).object();
            else if (!part.fileName.isEmpty())
                uploads.append(std::move(part));
        }
    } else if (contentType.toLower().startsWith("application/json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
        if (!document.isObject()) {
            parsed.problem = errorReply(400, QStringLiteral("the body is not a JSON object: %1").arg(error.errorString()));
            return parsed;
        }
        parsed.json = document.object();
    } else {
        parsed.problem = errorReply(415, QStringLiteral("send application/json, or multipart/form-data with files"));
        return parsed;
    }
    for (const QJsonValue &value : parsed.json.value(QStringLiteral("files")).toArray()) {
        auto path = confinedPath(value.toString(), roots);
        if (!path) {
            parsed.problem = pathRefusal(path.error());
            return parsed;
        }
        parsed.inputs.paths << *path;
        parsed.inputs.displayNames.insert(*path, value.toString());
    }
    if (!uploads.isEmpty() && !QDir().mkpath(uploadDir)) {
        parsed.problem = errorReply(500, QStringLiteral("cannot create the upload folder"));
        return parsed;
    }
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        const QString file = QDir(uploadDir).filePath(safeFileName(uploads[i].fileName, static_cast<int>(i)));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(uploads[i].data) != uploads[i].data.size() || !out.flush()) {
            parsed.problem = errorReply(500, QStringLiteral("cannot store the uploaded file \"%1\"").arg(uploads[i].fileName));
            return parsed;
        }
        parsed.inputs.paths << file;
        parsed.inputs.displayNames.insert(file, uploads[i].fileName);
    }
    if (parsed.inputs.paths.isEmpty()) {
        parsed.problem = errorReply(400, QStringLiteral("no files: give \"files\" (paths under the API's folders) or upload them"));
        return parsed;
    }
    const QJsonObject study = parsed.json.value(QStringLiteral("study")).toObject();
    for (auto it = study.constBegin(); it != study.constEnd(); ++it)
        parsed.inputs.study.attributes.append({it.key(), it.value().toVariant().toString()});
    const QJsonObject worklist = parsed.json.value(QStringLiteral("worklist")).toObject();
    parsed.inputs.study.worklistDevice = worklist.value(QStringLiteral("from")).toString();
    parsed.inputs.study.accession = worklist.value(QStringLiteral("accession")).toString();
    const QJsonObject query = parsed.json.value(QStringLiteral("query")).toObject();
    parsed.inputs.study.queryDevice = query.value(QStringLiteral("from")).toString();
    parsed.inputs.study.studyUid = query.value(QStringLiteral("studyUid")).toString();
    return parsed;
}

// Lookups go to configured devices only, like the destination: API callers do not choose addresses.
std::optional<ApiReply> lookupRefusal(const StudySource &study, const Settings &settings)
{
    if (!study.worklistDevice.isEmpty() && !settings.worklistDevice(study.worklistDevice))
        return errorReply(404, QStringLiteral("\"%1\" is not a configured worklist device").arg(study.worklistDevice));
    if (!study.queryDevice.isEmpty() && !settings.queryDevice(study.queryDevice))
        return errorReply(404, QStringLiteral("\"%1\" is not a configured query device").arg(study.queryDevice));
    return std::nullopt;
}

ApiReply accepted(const ApiJob &job)
{
    ApiReply reply{202, QJsonObject{{QStringLiteral("job"), job.toJson()}}, {}};
    reply.withHeader("Location", QStringLiteral("/api/v1/jobs/%1").arg(job.id).toUtf8());
    return reply;
}

} // namespace

QString apiJobsDir() { return paths::dataDir() + QStringLiteral("/api/jobs"); }

ApiServer::ApiServer(Settings settings, QObject *parent) : QAbstractHttpServer(parent), m_settings(std::move(settings))
{
    m_pool.setMaxThreadCount(6);
    m_loginKey.resize(32);
    QRandomGenerator::system()->generate(m_loginKey.begin(), m_loginKey.end());
    auto *housekeeping = new QTimer(this);
    connect(housekeeping, &QTimer::timeout, this, &ApiServer::forgetOldJobs);
    housekeeping->start(3600 * 1000);
}

ApiServer::~ApiServer() { stopJobs(); }

Result<quint16> ApiServer::start()
{
    const ApiSettings &api = m_settings.api();
    // Files of jobs of an earlier run: uploads still needed by the outbox stay, the rest goes.
    if (auto outbox = Outbox::openConfigured()) {
        for (const QString &folder : QDir(apiJobsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString path = QDir(apiJobsDir()).filePath(folder);
            cleanSpool(*outbox, path);
            QDir().rmdir(path);
        }
    }
    std::optional<QSslConfiguration> tls;
    if (!api.certificate.isEmpty()) { // HTTPS only
        const auto certificates = QSslCertificate::fromPath(api.certificate);
        QFile keyFile(api.privateKey);
        const QSslKey key = keyFile.open(QIODevice::ReadOnly) ? QSslKey(&keyFile, QSsl::Rsa) : QSslKey();
        if (certificates.isEmpty() || key.isNull())
            return fail(ErrorCode::InvalidSettings, QStringLiteral("the API's certificate %1 or key %2 cannot be read").arg(api.certificate, api.privateKey));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(certificates);
        conf.setPrivateKey(key);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // callers authenticate with the password
        tls = conf;
    }
    ConnectionLimits limits;
    limits.maxBodyBytes = qint64(api.maxRequestMegabytes) * 1024 * 1024;
    auto *tcp = new GuardedTcpServer(limits, tls, this);
    if (!tcp->listen(QHostAddress(api.address), static_cast<quint16>(api.port)))
        return fail(ErrorCode::NetworkUnreachable,
                    QStringLiteral("the API cannot listen on %1 port %2: %3").arg(api.address).arg(api.port).arg(tcp->errorString()));
    bind(tcp);
    qCInfo(lcNet).noquote() << "api: listening on" << api.address << "port" << tcp->serverPort() << (tls ? "(HTTPS)" : "(HTTP)");
    return tcp->serverPort();
}

void ApiServer::stopJobs()
{
    m_cancel = true;
    m_pool.waitForDone();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ClientIdentity client{request.remoteAddress(), std::nullopt};
    if (RequestGuard *guard = RequestGuard::of(socket)) {
        if (guard->refused())
            return true;
        guard->requestHandled();
        client = guard->client();
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    if (ConsoleRouter::isConsolePath(request.url().path())) {
        answerConsole(request, client, responder, socket);
        return true;
    }
    if (const auto refused = refusal(request, client)) {
        qCWarning(lcNet).noquote() << "api:" << methodName(request.method()) << request.url().path() << "from"
                                   << client.describe() << "refused:" << refused->status;
        send(responder, *refused);
        return true;
    }
    // The path only: query strings may hold patient names.
    qCInfo(lcNet).noquote() << "api:" << methodName(request.method()) << request.url().path() << "from" << client.describe();
    route(request, std::move(responder));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, errorReply(404, QStringLiteral("not found")));
}

std::optional<ApiReply> ApiServer::placeRefusal(const QHttpServerRequest &request) const
{
    const ApiSettings &api = m_settings.api();
    const QHostAddress caller = request.remoteAddress();
    if (!addressAllowed(caller, api.allow))
        return errorReply(403, QStringLiteral("%1 may not use the PacsDrop API (see api.allow)").arg(caller.toString()));
    if (!hostHeaderAllowed(request.value("Host"), api))
        return errorReply(403, QStringLiteral("Host \"%1\" is not a name of this server (see api.hostNames)")
                                   .arg(QString::fromLatin1(request.value("Host"))));
    return std::nullopt;
}

void ApiServer::answerConsole(const QHttpServerRequest &request, const ClientIdentity &client, QHttpServerResponder &responder,
                              QTcpSocket *socket)
{
    ConsoleResponse answer;
    if (const auto refused = placeRefusal(request)) {
        qCWarning(lcNet).noquote() << "console:" << methodName(request.method()) << request.url().path() << "from" << client.describe()
                                   << "refused:" << refused->status;
        answer = {refused->status, "application/json", QJsonDocument(refused->body).toJson(QJsonDocument::Compact), {}, {}};
    } else {
        if (!m_console)
            m_console = std::make_unique<ConsoleRouter>(m_settings, AuditLog(consoleAuditLogPath()), !m_settings.api().certificate.isEmpty());
        ConsoleRequest r{methodName(request.method()).toLatin1(), request.url().path(), QUrlQuery(request.url()), request.value("Content-Type"),
                         request.body(), request.value("Cookie"), request.value("X-CSRF-Token"), !request.value("X-Console-Refresh").isEmpty(),
                         client};
        answer = m_console->handle(r);
        qCInfo(lcNet).noquote() << "console:" << r.method << r.path << "from" << client.describe() << "->" << answer.status;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    for (const auto &[key, value] : ConsoleRouter::securityHeaders())
        responder.writeHeader(key, value);
    for (const auto &[key, value] : answer.headers)
        responder.writeHeader(key, value);
    if (!answer.contentType.isEmpty())
        responder.writeHeader("Content-Type", answer.contentType);
    const bool head = request.method() == QHttpServerRequest::Method::Head; // the headers only
    if (answer.zip) { // produced while it is sent: the headers now, the body as the client takes it
        responder.writeHeader("Content-Length", QByteArray::number(answer.zip->totalSize()));
        responder.writeBody(QByteArray());
        if (!head)
            StreamedBody::start(socket, answer.zip);
        return;
    }
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder.writeBody(head ? QByteArray() : answer.body);
}

std::optional<ApiReply> ApiServer::refusal(const QHttpServerRequest &request, const ClientIdentity &client)
{
    if (auto refused = placeRefusal(request))
        return refused;
    const ApiSettings &api = m_settings.api();
    if (api.passwordHash.isEmpty())
        return unauthorized(QStringLiteral("no API password is set; set one with \"pacsdrop api set-password\""));
    const QByteArray authorization = request.value("Authorization");
    // A login already accepted passes at once, whatever others guess meanwhile.
    const QByteArray digest = QCryptographicHash::hash(QByteArray(m_loginKey + authorization), QCryptographicHash::Sha256);
    if (const auto it = m_recentLogins.constFind(digest); it != m_recentLogins.cend() && *it > QDateTime::currentDateTimeUtc())
        return std::nullopt;
    const Credentials offered = basicCredentials(authorization);
    if (!offered.given) // no guess made: nothing to count
        return unauthorized(QStringLiteral("user name or password is wrong"));
    const QString key = LoginThrottle::keyFor(offered.user, client);
    if (const qint64 wait = m_throttle.waitSeconds(key); wait > 0) {
        ApiReply reply = errorReply(429, QStringLiteral("too many wrong passwords; try again in %1 s").arg(wait));
        reply.withHeader("Retry-After", QByteArray::number(wait));
        return reply;
    }
    // The hash is checked even for a wrong user name, so the answer time does not tell which was wrong.
    const bool passwordOk = passwordMatches(offered.password, api.passwordHash);
    if (!passwordOk || offered.user != api.user) {
        m_throttle.failed(key);
        return unauthorized(QStringLiteral("user name or password is wrong"));
    }
    m_throttle.succeeded(key);
    rememberLogin(digest);
    return std::nullopt;
}

void ApiServer::rememberLogin(const QByteArray &digest)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_recentLogins.size() >= kMostRememberedLogins)
        m_recentLogins.removeIf([&](const auto &entry) { return entry.value() <= now; });
    if (m_recentLogins.size() >= kMostRememberedLogins) { // still full: the one expiring first goes
        auto oldest = std::min_element(m_recentLogins.begin(), m_recentLogins.end());
        m_recentLogins.erase(oldest);
    }
    m_recentLogins.insert(digest, now.addSecs(kLoginRememberedSeconds));
}

void ApiServer::route(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2 || segments[0] != QStringLiteral("api"))
        return send(responder, errorReply(404, QStringLiteral("not found; the API is under /api/v1")));
    if (segments[1] != QStringLiteral("v1"))
        return send(responder, errorReply(404, QStringLiteral("API version \"%1\" is not known; this server speaks v1").arg(segments[1])));
    const QStringList rest = segments.mid(2);
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const auto wrongMethod = [&](const char *allowed) {
        ApiReply reply = errorReply(405, QStringLiteral("use %1 here").arg(QLatin1String(allowed)));
        reply.withHeader("Allow", allowed);
        send(responder, reply);
    };
    const Settings &settings = m_settings;
    if (rest.isEmpty() || rest == QStringList{QStringLiteral("status")})
        return get ? send(responder, statusReply(settings)) : wrongMethod("GET");
    if (rest == QStringList{QStringLiteral("devices")})
        return get ? send(responder, devicesReply(settings)) : wrongMethod("GET");
    if (rest.size() == 3 && rest[0] == QStringLiteral("devices") && rest[2] == QStringLiteral("echo")) {
        if (!post)
            return wrongMethod("POST");
        return answerLater(std::move(responder), [settings, name = rest[1]] { return echoReply(settings, name); });
    }
    if (rest == QStringList{QStringLiteral("worklist")}) {
        if (!get)
            return wrongMethod("GET");
        return answerLater(std::move(responder), [settings, query = request.query()] { return worklistReply(settings, query); });
    }
    if (rest == QStringList{QStringLiteral("send")})
        return post ? send(responder, startSend(request)) : wrongMethod("POST");
    if (rest == QStringList{QStringLiteral("convert")})
        return post ? send(responder, startConvert(request)) : wrongMethod("POST");
    if (rest == QStringList{QStringLiteral("jobs")}) {
        if (!get)
            return wrongMethod("GET");
        QJsonArray jobs;
        for (const ApiJob &job : m_jobs.all())
            jobs.append(job.toJson());
        return send(responder, {200, {{QStringLiteral("jobs"), jobs}}, {}});
    }
    if (rest.size() >= 2 && rest[0] == QStringLiteral("jobs")) {
        if (!get)
            return wrongMethod("GET");
        const auto job = m_jobs.get(rest[1]);
        if (!job)
            return send(responder, errorReply(404, QStringLiteral("no job \"%1\" (jobs are kept for %2 hours and not across restarts)")
                                                       .arg(rest[1])
                                                       .arg(kJobsKeptHours)));
        if (rest.size() == 2)
            return send(responder, {200, job->toJson(), {}});
        if (rest.size() == 4 && rest[2] == QStringLiteral("objects"))
            return download(rest[1], rest[3], responder);
    }
    send(responder, errorReply(404, QStringLiteral("no such API resource: %1").arg(request.url().path())));
}

void ApiServer::answerLater(QHttpServerResponder &&responder, std::function<ApiReply()> work)
{
    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = holder->socket();
    QtConcurrent::run(&m_pool, std::move(work)).then(this, [holder, socket](const ApiReply &reply) {
        if (socket) // the caller may have given up and gone
            send(*holder, reply);
    });
}

ApiReply ApiServer::startSend(const QHttpServerRequest &request)
{
    const QString folder = QDir(apiJobsDir()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    ParsedRequest parsed = parseJobRequest(request, m_settings.api().roots, folder);
    if (!parsed.problem)
        parsed.problem = lookupRefusal(parsed.inputs.study, m_settings);
    if (parsed.problem) {
        QDir(folder).removeRecursively();
        return *parsed.problem;
    }
    const QString to = parsed.json.value(QStringLiteral("to")).toString();
    // Configured devices only: API callers do not send patient data to addresses of their choosing.
    const auto device = to.isEmpty() ? m_settings.defaultDevice() : m_settings.device(to);
    if (!device) {
        QDir(folder).removeRecursively();
        return errorReply(to.isEmpty() ? 400 : 404, to.isEmpty() ? QStringLiteral("give \"to\": no default device is set")
                                                                : QStringLiteral("\"%1\" is not a configured device").arg(to));
    }
    const ApiJob job = m_jobs.create(QStringLiteral("send"), device->name, folder);
    m_pool.start([this, id = job.id, settings = m_settings, inputs = parsed.inputs, destination = *device] {
        runSendJob(m_jobs, id, settings, inputs, destination, m_cancel);
    });
    return accepted(job);
}

ApiReply ApiServer::startConvert(const QHttpServerRequest &request)
{
    const QString folder = QDir(apiJobsDir()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    ParsedRequest parsed = parseJobRequest(request, m_settings.api().roots, folder + QStringLiteral("/uploads"));
    if (!parsed.problem)
        parsed.problem = lookupRefusal(parsed.inputs.study, m_settings);
    if (parsed.problem) {
        QDir(folder).removeRecursively();
        return *parsed.problem;
    }
    QString output = folder + QStringLiteral("/converted");
    if (const QString wanted = parsed.json.value(QStringLiteral("output")).toString(); !wanted.isEmpty()) {
        auto confined = confinedPath(wanted, m_settings.api().roots);
        if (!confined || !QFileInfo(*confined).isDir()) {
            QDir(folder).removeRecursively();
            return confined ? errorReply(400, QStringLiteral("\"%1\" is not a folder").arg(wanted)) : pathRefusal(confined.error());
        }
        output = *confined;
    }
    const ApiJob job = m_jobs.create(QStringLiteral("convert"), {}, folder);
    m_pool.start([this, id = job.id, settings = m_settings, inputs = parsed.inputs, output] {
        runConvertJob(m_jobs, id, settings, inputs, output);
    });
    return accepted(job);
}

void ApiServer::download(const QString &jobId, const QString &index, QHttpServerResponder &responder)
{
    const auto job = m_jobs.get(jobId);
    bool ok = false;
    const int n = index.toInt(&ok);
    const QString path = job && ok ? job->objectPath(n) : QString();
    auto *file = new QFile(path);
    if (path.isEmpty() || !file->open(QIODevice::ReadOnly)) {
        delete file;
        return send(responder, errorReply(404, QStringLiteral("no object %1 in job %2").arg(index, jobId)));
    }
    const QByteArray disposition = QByteArray("attachment; filename=\"") + QFileInfo(path).fileName().toUtf8() + QByteArray("\"");
    responder.write(file, {{"Content-Type", "application/dicom"}, {"Content-Disposition", disposition}});
}

void ApiServer::forgetOldJobs()
{
    const QList<ApiJob> old = m_jobs.takeFinishedBefore(QDateTime::currentDateTimeUtc().addSecs(-3600 * kJobsKeptHours));
    auto outbox = Outbox::openConfigured();
    for (const ApiJob &job : old) {
        if (job.folder.isEmpty())
            continue;
        if (outbox) // uploads a pending outbox entry still needs stay
            cleanSpool(*outbox, job.folder);
        QDir().rmdir(job.folder);
    }
}

} // namespace pacsdrop
