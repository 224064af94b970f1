#include "console/ConsoleRouter.h"

#include "api/PasswordHash.h"
#include "console/ConsoleData.h"
#include "console/ConsoleReplies.h"
#include "logging/Log.h"
#include "settings/AppPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace pacsdrop {

using namespace console_replies;

namespace {

const QByteArray kCookieName = "pacsdrop_console";

QByteArray cookieValue(const QByteArray &header, const QByteArray &name)
{
    for (const QByteArray &part : header.split(';')) {
        const QByteArray pair = part.trimmed();
        if (pair.startsWith(QByteArray(name + '=')))
            return pair.mid(name.size() + 1);
    }
    return {};
}

QList<qint64> idsOf(const QJsonObject &body)
{
    QList<qint64> ids;
    for (const QJsonValue &v : body.value(QStringLiteral("ids")).toArray()) {
        if (v.isDouble() && v.toDouble() >= 1 && v.toDouble() < 9e15) // an entry number, not an overflow
            ids << static_cast<qint64>(v.toDouble());
    }
    return ids;
}

// A result's error message, empty on success.
template <typename T>
QString errorText(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

// The static files of the console, compiled in (resources/console).
struct Asset {
    const char *path;
    const char *resource;
    const char *type;
};
constexpr Asset kAssets[] = {
    {"/", ":/console/index.html", "text/html; charset=utf-8"},
    {"/assets/console.css", ":/console/console.css", "text/css; charset=utf-8"},
    {"/assets/console.js", ":/console/console.js", "text/javascript; charset=utf-8"},
    {"/assets/strings.js", ":/console/strings.js", "text/javascript; charset=utf-8"},
    {"/assets/archive.js", ":/console/archive.js", "text/javascript; charset=utf-8"},
    {"/assets/settings.js", ":/console/settings.js", "text/javascript; charset=utf-8"},
};

} // namespace

ConsoleRouter::ConsoleRouter(Settings &settings, AuditLog audit, bool overTls)
    : m_settings(settings), m_audit(std::move(audit)), m_overTls(overTls),
      m_sessions(std::chrono::minutes(settings.api().console.idleMinutes))
{
}

bool ConsoleRouter::isConsolePath(const QString &path) { return path != QStringLiteral("/api") && !path.startsWith(QStringLiteral("/api/")); }

QList<std::pair<QByteArray, QByteArray>> ConsoleRouter::securityHeaders()
{
    return {{"Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
            {"X-Content-Type-Options", "nosniff"},
            {"X-Frame-Options", "DENY"},
            {"Referrer-Policy", "no-referrer"},
            {"Cross-Origin-Opener-Policy", "same-origin"},
            {"Cache-Control", "no-store"}};
}

QByteArray ConsoleRouter::sessionCookie(const QByteArray &token, bool expire) const
{
    QByteArray cookie = kCookieName + '=' + token + "; Path=/; HttpOnly; SameSite=Strict";
    if (m_overTls)
        cookie += "; Secure";
    if (expire)
        cookie += "; Max-Age=0";
    return cookie;
}

void ConsoleRouter::audit(const ConsoleRequest &request, const QString &user, const QString &role, const QString &action,
                          const QString &target, const QString &outcome) const
{
    m_audit.record({user, role, request.client.describe(), action, target, outcome});
}

ConsoleResponse ConsoleRouter::staticFile(const QString &path) const
{
    for (const Asset &asset : kAssets) {
        if (path != QLatin1String(asset.path))
            continue;
        QFile file(QString::fromLatin1(asset.resource));
        if (!file.open(QIODevice::ReadOnly))
            return problem(500, QStringLiteral("the console's files are missing from this build"));
        return {200, asset.type, file.readAll(), {}, {}};
    }
    return problem(404, QStringLiteral("not found"));
}

void ConsoleRouter::refreshSettings()
{
    // Changes in the file (pacsdrop console add-user/remove-user, the window, the settings page,
    // an edit by hand) count at once.
    const QFileInfo file(m_settings.path());
    if (!file.exists() || file.lastModified() == m_settingsFileTime)
        return;
    m_settingsFileTime = file.lastModified();
    if (auto current = Settings::load(m_settings.path()))
        m_settings = *current; // devices, listeners, stores and users as the file has them now
}

ConsoleResponse ConsoleRouter::handle(const ConsoleRequest &request)
{
    refreshSettings();
    const ConsoleSettings &console = m_settings.api().console;
    if (!console.enabled)
        return problem(404, QStringLiteral("the console is off (api.console.enabled)"));
    m_sessions.setIdle(std::chrono::minutes(console.idleMinutes));
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (!request.path.startsWith(QStringLiteral("/console/")))
        return get ? staticFile(request.path) : problem(405, QStringLiteral("use GET here"));
    const QString route = request.path.mid(int(sizeof("/console/")) - 1);

    if (route == QStringLiteral("login"))
        return post ? login(request) : problem(405, QStringLiteral("use POST here"));
    if (route == QStringLiteral("logout"))
        return post ? logout(request) : problem(405, QStringLiteral("use POST here"));

    const ConsoleSession *session = m_sessions.use(cookieValue(request.cookieHeader, kCookieName), QDateTime::currentDateTimeUtc(),
                                                   !(get && request.automatic));
    if (!session)
        return problem(401, QStringLiteral("not logged in, or the session ended"));
    const ConsoleSession current = *session; // copied: handlers may end sessions
    // A session holds only while its user still exists with the same role (removed or changed
    // since, in the console or in the file: log in again).
    if (const ConsoleUser *user = console.user(current.user); !user || user->role != current.role) {
        m_sessions.closeAllOf(current.user);
        return problem(401, QStringLiteral("this account was changed or removed; log in again"));
    }
    if (post) {
        // Every change carries the session's CSRF token, which a page of another site cannot read.
        if (!equalInConstantTime(request.csrfHeader, current.csrf)) {
            audit(request, current.user, consoleRoleName(current.role), route, QString(), QStringLiteral("refused: no CSRF token"));
            return problem(403, QStringLiteral("this change did not come from the console's page (CSRF token missing or wrong)"));
        }
    } else if (!get) {
        return problem(405, QStringLiteral("use GET or POST"));
    }
    const auto needs = [&](ConsoleRole role) { return current.role >= role; };
    const auto forbidden = [&](const QString &action) { return refused(request, current, action); };

    if (route == QStringLiteral("session") && get)
        return json(200, {{QStringLiteral("user"), current.user},
                          {QStringLiteral("role"), consoleRoleName(current.role)},
                          {QStringLiteral("csrf"), QString::fromLatin1(current.csrf)},
                          {QStringLiteral("idleMinutes"), console.idleMinutes},
                          {QStringLiteral("seesPatients"), roleSeesPatients(current.role)}});
    if (route == QStringLiteral("dashboard") && get) {
        auto outbox = Outbox::openConfigured();
        if (!outbox)
            return problem(500, outbox.error().message);
        return json(200, consoleDashboard(m_settings, *outbox, runningListenerFigures(), lastRetentionRuns()));
    }
    if (route == QStringLiteral("queue") && get) {
        auto outbox = Outbox::openConfigured();
        if (!outbox)
            return problem(500, outbox.error().message);
        ConsoleQueueQuery query;
        query.filter.destination = request.query.queryItemValue(QStringLiteral("destination"));
        const QString state = request.query.queryItemValue(QStringLiteral("state"));
        if (state == QStringLiteral("failed"))
            query.filter.state = OutboxEntry::State::Failed;
        else if (state == QStringLiteral("pending"))
            query.filter.state = OutboxEntry::State::Pending;
        else if (state == QStringLiteral("sent"))
            query.filter.state = OutboxEntry::State::Done;
        if (const int days = request.query.queryItemValue(QStringLiteral("days")).toInt(); days > 0)
            query.filter.changedSince = QDateTime::currentDateTimeUtc().addDays(-days);
        // By patient: only for roles that see patients (a viewer could otherwise find out by trying).
        const QString patient = request.query.queryItemValue(QStringLiteral("patient"), QUrl::FullyDecoded).left(200);
        if (!patient.trimmed().isEmpty() && !roleSeesPatients(current.role))
            return forbidden(QStringLiteral("queue by patient"));
        query.filter.patient = patient;
        return json(200, consoleQueue(*outbox, query, current.role));
    }
    if ((route == QStringLiteral("queue/retry") || route == QStringLiteral("queue/remove")) && post)
        return needs(ConsoleRole::Operator) ? queueAction(request, current, route.endsWith(QStringLiteral("retry"))) : forbidden(route);
    if (route == QStringLiteral("users") && get) {
        if (!needs(ConsoleRole::Administrator))
            return forbidden(route);
        QJsonArray users;
        for (const ConsoleUser &u : console.users)
            users.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("role"), consoleRoleName(u.role)}});
        return json(200, {{QStringLiteral("users"), users}});
    }
    if (route == QStringLiteral("users") && post)
        return needs(ConsoleRole::Administrator) ? setUser(request, current) : forbidden(QStringLiteral("user-set"));
    if (route == QStringLiteral("users/remove") && post)
        return needs(ConsoleRole::Administrator) ? removeUser(request, current) : forbidden(QStringLiteral("user-remove"));
    if (auto answer = queueRoute(route, request, current))
        return *answer;
    if (auto answer = archiveRoute(route, request, current))
        return *answer;
    if (auto answer = settingsRoute(route, request, current))
        return *answer;
    return problem(404, QStringLiteral("not found"));
}

ConsoleResponse ConsoleRouter::refused(const ConsoleRequest &request, const ConsoleSession &session, const QString &action) const
{
    audit(request, session.user, consoleRoleName(session.role), action, QString(), QStringLiteral("refused: role"));
    return problem(403, QStringLiteral("the role \"%1\" may not do this").arg(consoleRoleName(session.role)));
}

ConsoleResponse ConsoleRouter::login(const ConsoleRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return problem(415, QStringLiteral("send the user name and password as JSON"));
    const QString name = body->value(QStringLiteral("user")).toString();
    const QString password = body->value(QStringLiteral("password")).toString();
    const QString key = LoginThrottle::keyFor(name, request.client);
    if (const qint64 wait = m_throttle.waitSeconds(key); wait > 0) {
        ConsoleResponse reply = problem(429, QStringLiteral("too many wrong passwords; try again in %1 s").arg(wait));
        reply.headers.append({"Retry-After", QByteArray::number(wait)});
        return reply;
    }
    if (m_settings.api().console.users.isEmpty())
        return problem(401, QStringLiteral("no console users are set up yet: add one with \"pacsdrop console add-user NAME --role administrator\""));
    const ConsoleUser *user = m_settings.api().console.user(name);
    // The hash is checked even for an unknown name, so the answer time does not tell which was wrong.
    static const QString unknownUserHash = hashPassword(QStringLiteral("no such user"));
    const bool passwordOk = passwordMatches(password, user ? user->passwordHash : unknownUserHash);
    if (!user || !passwordOk) {
        m_throttle.failed(key);
        audit(request, isValidConsoleUserName(name) ? name : QStringLiteral("(not a user name)"), QString(), QStringLiteral("login"),
              QString(), QStringLiteral("refused: wrong user name or password"));
        return problem(401, QStringLiteral("user name or password is wrong"));
    }
    m_throttle.succeeded(key);
    const ConsoleSession &session = m_sessions.open(user->name, user->role);
    audit(request, user->name, consoleRoleName(user->role), QStringLiteral("login"), QString(), QStringLiteral("ok"));
    ConsoleResponse reply = json(200, {{QStringLiteral("user"), user->name}, {QStringLiteral("role"), consoleRoleName(user->role)}});
    reply.headers.append({"Set-Cookie", sessionCookie(session.token, false)});
    return reply;
}

ConsoleResponse ConsoleRouter::logout(const ConsoleRequest &request)
{
    const QByteArray token = cookieValue(request.cookieHeader, kCookieName);
    if (const ConsoleSession *session = m_sessions.use(token)) {
        if (!equalInConstantTime(request.csrfHeader, session->csrf))
            return problem(403, QStringLiteral("this change did not come from the console's page (CSRF token missing or wrong)"));
        audit(request, session->user, consoleRoleName(session->role), QStringLiteral("logout"), QString(), QStringLiteral("ok"));
        m_sessions.close(token);
    }
    ConsoleResponse reply{204, {}, {}, {}, {}};
    reply.headers.append({"Set-Cookie", sessionCookie("", true)});
    return reply;
}

ConsoleResponse ConsoleRouter::queueAction(const ConsoleRequest &request, const ConsoleSession &session, bool retry)
{
    const auto body = jsonBody(request);
    const QList<qint64> ids = body ? idsOf(*body) : QList<qint64>{};
    if (ids.isEmpty())
        return problem(400, QStringLiteral("give the entries as {\"ids\": [numbers]}"));
    auto outbox = Outbox::openConfigured();
    if (!outbox)
        return problem(500, outbox.error().message);
    int changed = 0;
    QStringList refused;
    for (qint64 id : ids) {
        const auto entry = outbox->entry(id);
        if (!entry) {
            refused << QStringLiteral("%1: not in the outbox").arg(id);
            continue;
        }
        if (retry && entry->state == OutboxEntry::State::Done) {
            refused << QStringLiteral("%1: already sent").arg(id);
            continue;
        }
        const QString problem = retry ? errorText(outbox->requeue(id, QStringLiteral("to be retried (asked in the console by %1)").arg(session.user)))
                                      : errorText(outbox->remove({id}));
        if (problem.isEmpty())
            ++changed;
        else
            refused << QStringLiteral("%1: %2").arg(id).arg(problem);
    }
    const QString action = retry ? QStringLiteral("retry") : QStringLiteral("remove");
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    audit(request, session.user, consoleRoleName(session.role), action, QStringLiteral("entries ") + numbers.join(u','),
          refused.isEmpty() ? QStringLiteral("ok") : refused.join(QStringLiteral("; ")));
    return json(200, {{QStringLiteral("changed"), changed}, {QStringLiteral("refused"), QJsonArray::fromStringList(refused)}});
}

Result<void> ConsoleRouter::saveConsole(const ConsoleSettings &console)
{
    // Into the file as it is now: whatever else was changed there since (by the window, by hand)
    // stays; only the console's users are replaced.
    return changeSettingsFile([&](Settings &s) {
        ApiSettings api = s.api();
        api.console = console;
        s.setApi(api);
        return Result<void>{};
    });
}

ConsoleResponse ConsoleRouter::setUser(const ConsoleRequest &request, const ConsoleSession &session)
{
    const auto body = jsonBody(request);
    if (!body)
        return problem(415, QStringLiteral("send the user as JSON"));
    const QString name = body->value(QStringLiteral("name")).toString();
    const auto role = consoleRoleFromName(body->value(QStringLiteral("role")).toString());
    const QString password = body->value(QStringLiteral("password")).toString();
    if (!isValidConsoleUserName(name))
        return problem(400, QStringLiteral("a user name has 1 to 64 letters, digits, \".\", \"_\" or \"-\""));
    if (!role)
        return problem(400, QStringLiteral("the role is viewer, operator or administrator"));
    ApiSettings api = m_settings.api();
    const ConsoleUser *existing = api.console.user(name);
    if (!existing && password.size() < 8)
        return problem(400, QStringLiteral("a new user needs a password of at least 8 characters"));
    if (!password.isEmpty() && password.size() < 8)
        return problem(400, QStringLiteral("the password must have at least 8 characters"));
    if (existing && existing->role == ConsoleRole::Administrator && *role != ConsoleRole::Administrator && name == session.user)
        return problem(409, QStringLiteral("you cannot take the administrator role from yourself"));
    const std::optional<ConsoleRole> oldRole = existing ? std::optional(existing->role) : std::nullopt; // before setUser changes it
    ConsoleUser user{name, *role, password.isEmpty() ? existing->passwordHash : hashPassword(password)};
    api.console.setUser(user);
    if (auto saved = saveConsole(api.console); !saved)
        return problem(500, saved.error().message);
    if (oldRole && (*oldRole != user.role || !password.isEmpty()) && name != session.user)
        m_sessions.closeAllOf(name); // the new role or password holds from now on
    audit(request, session.user, consoleRoleName(session.role), QStringLiteral("user-set"), name + u' ' + consoleRoleName(user.role),
          QStringLiteral("ok"));
    return json(200, {{QStringLiteral("name"), name}, {QStringLiteral("role"), consoleRoleName(user.role)}});
}

ConsoleResponse ConsoleRouter::removeUser(const ConsoleRequest &request, const ConsoleSession &session)
{
    const auto body = jsonBody(request);
    const QString name = body ? body->value(QStringLiteral("name")).toString() : QString();
    if (name == session.user)
        return problem(409, QStringLiteral("you cannot remove yourself"));
    ApiSettings api = m_settings.api();
    if (!api.console.removeUser(name))
        return problem(404, QStringLiteral("there is no user \"%1\"").arg(isValidConsoleUserName(name) ? name : QString()));
    if (auto saved = saveConsole(api.console); !saved)
        return problem(500, saved.error().message);
    m_sessions.closeAllOf(name);
    audit(request, session.user, consoleRoleName(session.role), QStringLiteral("user-remove"), name, QStringLiteral("ok"));
    return {204, {}, {}, {}, {}};
}

} // namespace pacsdrop
