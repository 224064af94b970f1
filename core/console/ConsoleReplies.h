#pragma once
// The console's JSON answers and request bodies, shared by the router's files.

#include "console/ConsoleRouter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace pacsdrop::console_replies {

inline ConsoleResponse json(int status, const QJsonObject &body)
{
    return {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {}, {}};
}

inline ConsoleResponse problem(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("message"), message}}}});
}

// JSON only: a cross-site HTML form cannot send it without the browser asking first (CORS).
inline std::optional<QJsonObject> jsonBody(const ConsoleRequest &request)
{
    if (!request.contentType.toLower().startsWith("application/json"))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace pacsdrop::console_replies
