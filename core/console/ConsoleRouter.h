#pragma once
// The service console (docs/console.md): the pages at / and their JSON under /console/, served by
// `pacsdrop serve` on the API's listener after the same address and Host checks. The API's
// requests (/api/...) never reach here. Logins are per user with a role (settings: api.console);
// a session lives in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS), ends after the idle
// time, and every change also needs the session's CSRF token in X-CSRF-Token. Wrong passwords are
// slowed per user name and client (LoginThrottle), so one client cannot lock out another. Every
// change and every login goes to the audit log. Pages carry a strict Content-Security-Policy.
// Independent of the HTTP server (tested on its own); not thread-safe: one server thread uses it.

#include "api/ClientIdentity.h"
#include "api/LoginThrottle.h"
#include "common/ZipStream.h"
#include "console/AuditLog.h"
#include "console/ConsoleSessions.h"
#include "settings/Settings.h"

#include <QByteArray>
#include <QList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

namespace pacsdrop {

struct ConsoleRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QByteArray contentType;
    QByteArray body;
    QByteArray cookieHeader;
    QByteArray csrfHeader; // X-CSRF-Token
    bool automatic = false; // the page's periodic refresh (X-Console-Refresh), not a person's action
    ClientIdentity client;
};

struct ConsoleResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides the security headers every answer has
    std::shared_ptr<ZipStream> zip; // a body produced while it is sent (a study download) instead of body
};

class ConsoleRouter {
public:
    // settings: the server's own copy, changed here when users change (and saved to its file).
    ConsoleRouter(Settings &settings, AuditLog audit, bool overTls);

    static bool isConsolePath(const QString &path); // everything but /api/...

    ConsoleResponse handle(const ConsoleRequest &request);
    // The headers every console answer carries (CSP and friends).
    static QList<std::pair<QByteArray, QByteArray>> securityHeaders();

private:
    ConsoleResponse staticFile(const QString &path) const;
    ConsoleResponse login(const ConsoleRequest &request);
    ConsoleResponse logout(const ConsoleRequest &request);
    ConsoleResponse setUser(const ConsoleRequest &request, const ConsoleSession &session);
    ConsoleResponse removeUser(const ConsoleRequest &request, const ConsoleSession &session);
    ConsoleResponse queueAction(const ConsoleRequest &request, const ConsoleSession &session, bool retry);
    // The archive and retention pages (ConsoleRouterArchive.cpp).
    std::optional<ConsoleResponse> archiveRoute(const QString &route, const ConsoleRequest &request, const ConsoleSession &session);
    ConsoleResponse archiveDownload(const ConsoleRequest &request, const ConsoleSession &session);
    ConsoleResponse archiveChange(const QString &route, const ConsoleRequest &request, const ConsoleSession &session);
    ConsoleResponse retentionRun(const ConsoleRequest &request, const ConsoleSession &session);
    ConsoleResponse refused(const ConsoleRequest &request, const ConsoleSession &session, const QString &action) const;
    // History, pause and resume (ConsoleRouterQueue.cpp).
    std::optional<ConsoleResponse> queueRoute(const QString &route, const ConsoleRequest &request, const ConsoleSession &session);
    // The settings page (ConsoleRouterSettings.cpp).
    std::optional<ConsoleResponse> settingsRoute(const QString &route, const ConsoleRequest &request, const ConsoleSession &session);
    Result<void> changeSettingsFile(const std::function<Result<void>(Settings &)> &change);
    ConsoleResponse echoDevice(const ConsoleRequest &request);
    void refreshSettings();
    // Writes the users into the settings file (re-read first) and into the server's copy.
    Result<void> saveConsole(const ConsoleSettings &console);
    void audit(const ConsoleRequest &request, const QString &user, const QString &role, const QString &action,
               const QString &target, const QString &outcome) const;
    QByteArray sessionCookie(const QByteArray &token, bool expire) const;

    Settings &m_settings;
    AuditLog m_audit;
    bool m_overTls;
    ConsoleSessions m_sessions;
    LoginThrottle m_throttle;
    QDateTime m_settingsFileTime; // the settings file's time when it was last read
};

} // namespace pacsdrop
