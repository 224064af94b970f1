// The console's queue routes beyond retry and remove: an entry's attempt history (everyone: plain
// words, no patient data), and pausing or resuming a device (operators; audited). A paused device
// gets nothing from any front until resumed; its entries wait (delivery/OutboxRunner.h).
#include "console/ConsoleRouter.h"

#include "console/ConsoleReplies.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QJsonArray>

namespace pacsdrop {

using namespace console_replies;

std::optional<ConsoleResponse> ConsoleRouter::queueRoute(const QString &route, const ConsoleRequest &request, const ConsoleSession &session)
{
    const bool history = route == QStringLiteral("queue/history") && (request.method == "GET" || request.method == "HEAD");
    const bool pause = route == QStringLiteral("queue/pause") || route == QStringLiteral("queue/resume");
    if (!history && !(pause && request.method == "POST"))
        return std::nullopt;
    auto outbox = Outbox::openConfigured();
    if (!outbox)
        return problem(500, outbox.error().message);
    if (history) {
        auto attempts = outbox->attempts(request.query.queryItemValue(QStringLiteral("id")).toLongLong());
        if (!attempts)
            return problem(500, attempts.error().message);
        QJsonArray list;
        for (const Outbox::Attempt &a : *attempts) {
            QJsonObject o{{QStringLiteral("at"), a.at.toString(Qt::ISODate)}, {QStringLiteral("outcome"), a.outcome}, {QStringLiteral("result"), a.result}};
            if (a.dimseStatus)
                o.insert(QStringLiteral("status"), QStringLiteral("%1").arg(*a.dimseStatus, 4, 16, QLatin1Char('0')).toUpper());
            list.append(o);
        }
        return json(200, {{QStringLiteral("attempts"), list}});
    }
    if (session.role < ConsoleRole::Operator)
        return refused(request, session, route);
    const auto body = jsonBody(request);
    const QString destination = body ? body->value(QStringLiteral("destination")).toString() : QString();
    if (destination.isEmpty())
        return problem(400, QStringLiteral("give the device as {\"destination\": name}"));
    const bool pausing = route.endsWith(QStringLiteral("pause"));
    Result<void> done = {};
    if (pausing)
        done = outbox->pauseDestination(destination, session.user);
    else if (auto resumed = outbox->resumeDestination(destination); !resumed)
        done = std::unexpected(resumed.error());
    audit(request, session.user, consoleRoleName(session.role), pausing ? QStringLiteral("pause") : QStringLiteral("resume"),
          destination.left(200), done ? QStringLiteral("ok") : done.error().message);
    if (!done)
        return problem(500, done.error().message);
    return json(200, {{QStringLiteral("destination"), destination}, {QStringLiteral("paused"), pausing}});
}

} // namespace pacsdrop
