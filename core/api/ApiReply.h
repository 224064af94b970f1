#pragma once
// One answer of the API: an HTTP status and a JSON body. Errors all look alike:
// {"error": {"status": 404, "message": "..."}}.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace pacsdrop {

struct ApiReply {
    int status = 200;
    QJsonObject body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    ApiReply &withHeader(const QByteArray &key, const QByteArray &value)
    {
        headers.append(std::pair{key, value});
        return *this;
    }
};

inline ApiReply errorReply(int status, const QString &message)
{
    return {status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("message"), message}}}}, {}};
}

} // namespace pacsdrop
