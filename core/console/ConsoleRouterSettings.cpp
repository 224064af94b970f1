// The console's settings routes (docs/console.md, "Settings"): administrators read and change
// devices, listeners, hot folders and the Local archive's retention; every change is made on the
// settings file as it is now (re-read first, so edits made elsewhere meanwhile stay), validated
// whole, saved atomically, and audited. `pacsdrop serve` notices the file's change and applies it
// without a restart (app/cli/ServiceParts.h). Echo tries a device as the form has it, before saving.
#include "console/ConsoleRouter.h"

#include "console/ConsoleReplies.h"
#include "console/ConsoleSettingsEdit.h"
#include "net/DicomWebClient.h"
#include "net/Echo.h"

#include <QFileInfo>

namespace pacsdrop {

using namespace console_replies;

std::optional<ConsoleResponse> ConsoleRouter::settingsRoute(const QString &route, const ConsoleRequest &request, const ConsoleSession &session)
{
    if (!route.startsWith(QStringLiteral("settings")))
        return std::nullopt;
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (route == QStringLiteral("settings/echo") && request.method == "POST") {
        // Operators echo saved devices by name; a device as a form has it is the administrator's.
        const auto body = jsonBody(request);
        const ConsoleRole needed = body && body->contains(QStringLiteral("entry")) ? ConsoleRole::Administrator : ConsoleRole::Operator;
        return session.role >= needed ? echoDevice(request) : refused(request, session, route);
    }
    if (session.role < ConsoleRole::Administrator)
        return refused(request, session, route);
    if (route == QStringLiteral("settings") && get)
        return json(200, consoleSettingsJson(m_settings));
    if (request.method != "POST")
        return std::nullopt;
    const auto body = jsonBody(request);
    if (!body)
        return problem(415, QStringLiteral("send the change as JSON"));
    QString target;
    std::function<Result<void>(Settings &)> change;
    if (route == QStringLiteral("settings/retention")) {
        const int days = body->value(QStringLiteral("keepDays")).toInt(-1);
        const double gigabytes = body->value(QStringLiteral("keepGigabytes")).toDouble(-1);
        target = QStringLiteral("Local archive retention %1 days, %2 GB").arg(days).arg(gigabytes);
        change = [=](Settings &s) { return setLocalArchiveRetention(s, days, gigabytes); };
    } else if (route.endsWith(QStringLiteral("/remove"))) {
        const QString section = route.mid(9).chopped(7); // "settings/<section>/remove"
        const QString name = body->value(QStringLiteral("name")).toString();
        target = section + QStringLiteral(" remove ") + name.left(200);
        change = [=](Settings &s) { return removeSettingsEntry(s, section, name); };
    } else {
        const QString section = route.mid(9);
        const QJsonObject entry = body->value(QStringLiteral("entry")).toObject();
        const QString replacing = body->value(QStringLiteral("replacing")).toString();
        target = section + u' ' + (replacing.isEmpty() ? QStringLiteral("add ") : QStringLiteral("change ") + replacing.left(200) + u' ')
                 + entry.value(QStringLiteral("name")).toString(entry.value(QStringLiteral("folder")).toString()).left(200);
        change = [=](Settings &s) { return putSettingsEntry(s, section, entry, replacing); };
    }
    auto saved = changeSettingsFile(change);
    audit(request, session.user, consoleRoleName(session.role), QStringLiteral("settings"), target,
          saved ? QStringLiteral("ok") : QStringLiteral("refused: ") + saved.error().message);
    if (!saved)
        return problem(saved.error().code == ErrorCode::InvalidSettings || saved.error().code == ErrorCode::InvalidArgument ? 400 : 500,
                       saved.error().message);
    return json(200, consoleSettingsJson(m_settings));
}

Result<void> ConsoleRouter::changeSettingsFile(const std::function<Result<void>(Settings &)> &change)
{
    auto current = Settings::load(m_settings.path());
    if (!current)
        return std::unexpected(current.error());
    if (auto changed = change(*current); !changed)
        return changed;
    if (auto saved = current->save(); !saved)
        return saved;
    m_settings = *current;
    m_settingsFileTime = QFileInfo(m_settings.path()).lastModified();
    return {};
}

ConsoleResponse ConsoleRouter::echoDevice(const ConsoleRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return problem(415, QStringLiteral("send the device as JSON"));
    auto device = body->contains(QStringLiteral("entry")) ? deviceFromPage(m_settings, body->value(QStringLiteral("entry")).toObject())
                                                          : Result<Device>(m_settings.device(body->value(QStringLiteral("name")).toString())
                                                                               .value_or(Device{}));
    if (!device)
        return problem(400, device.error().message);
    if (device->name.isEmpty())
        return problem(404, QStringLiteral("there is no such device"));
    if (device->isDicomWeb()) {
        auto ms = dicomWebEcho(*device);
        return ms ? json(200, {{QStringLiteral("ok"), true}, {QStringLiteral("milliseconds"), static_cast<double>(*ms)}})
                  : json(200, {{QStringLiteral("ok"), false}, {QStringLiteral("message"), ms.error().message}});
    }
    const QString callingAe = device->callingAeTitle.isEmpty() ? m_settings.localAeTitle() : device->callingAeTitle;
    auto result = echo(*device, callingAe);
    return result ? json(200, {{QStringLiteral("ok"), true}, {QStringLiteral("milliseconds"), static_cast<double>(result->milliseconds)}})
                  : json(200, {{QStringLiteral("ok"), false}, {QStringLiteral("message"), result.error().message}});
}

} // namespace pacsdrop
