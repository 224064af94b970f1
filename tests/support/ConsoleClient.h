#pragma once
// Calls a ConsoleRouter as the browser would, without a server: requests with a session cookie and
// CSRF token, and logins (tst_console, tst_console_archive).

#include "api/PasswordHash.h"
#include "console/ConsoleRouter.h"
#include "settings/AppPaths.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pacsdrop::test {

inline QJsonObject bodyOf(const ConsoleResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

inline QByteArray header(const ConsoleResponse &r, const QByteArray &name)
{
    for (const auto &[key, value] : r.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The data folder in dir, and settings there with the console users vera (viewer), otto (operator)
// and ada (administrator), all with password, and devices; saved, as serve would find them.
inline Settings consoleTestSettings(const QString &dir, const QString &password, const QList<Device> &devices = {})
{
    paths::setDataDirOverride(dir + QStringLiteral("/data"));
    Settings settings = *Settings::load(dir + QStringLiteral("/settings.json"));
    ApiSettings api = settings.api();
    const QString hash = hashPassword(password, 1000); // fewer rounds: the tests log in often
    api.console.users = {{QStringLiteral("vera"), ConsoleRole::Viewer, hash},
                         {QStringLiteral("otto"), ConsoleRole::Operator, hash},
                         {QStringLiteral("ada"), ConsoleRole::Administrator, hash}};
    settings.setApi(api);
    settings.setDevices(devices);
    if (!settings.save())
        qFatal("cannot save the test settings in %s", qPrintable(dir));
    return settings;
}

// A DICOM device at 127.0.0.1 (nothing need listen there).
inline Device testDevice(const QString &name, const QString &aeTitle, int port)
{
    Device d;
    d.name = name;
    d.aeTitle = aeTitle;
    d.host = QStringLiteral("127.0.0.1");
    d.port = port;
    return d;
}

struct ConsoleLogin {
    QByteArray cookie; // "name=value" for the Cookie header
    QByteArray csrf;
};

struct ConsoleClient {
    ConsoleRouter *router = nullptr;
    ClientIdentity client{QHostAddress(QStringLiteral("10.1.2.3")), std::nullopt};

    ConsoleResponse call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, const ConsoleLogin &as = {},
                         bool withCsrf = true, const ClientIdentity *from = nullptr) const
    {
        ConsoleRequest r;
        r.method = method;
        const qsizetype q = path.indexOf(u'?');
        r.path = q < 0 ? path : path.left(q);
        r.query = QUrlQuery(q < 0 ? QString() : path.mid(q + 1));
        if (method == "POST") {
            r.contentType = "application/json";
            r.body = QJsonDocument(body).toJson();
        }
        r.cookieHeader = as.cookie;
        if (withCsrf)
            r.csrfHeader = as.csrf;
        r.client = from ? *from : client;
        return router->handle(r);
    }

    ConsoleLogin login(const QString &user, const QString &password) const
    {
        const ConsoleResponse r = call("POST", QStringLiteral("/console/login"), {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
        if (r.status != 200)
            return {};
        ConsoleLogin l;
        l.cookie = header(r, "Set-Cookie").split(';').first();
        l.csrf = bodyOf(call("GET", QStringLiteral("/console/session"), {}, l)).value(QStringLiteral("csrf")).toString().toLatin1();
        return l;
    }
};

} // namespace pacsdrop::test
