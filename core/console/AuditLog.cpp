#include "console/AuditLog.h"

#include "logging/Log.h"
#include "settings/AppPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pacsdrop {

void AuditLog::record(const ConsoleAuditEntry &entry) const
{
    const QJsonObject line{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("user"), entry.user},
                           {QStringLiteral("role"), entry.role},
                           {QStringLiteral("client"), entry.client},
                           {QStringLiteral("action"), entry.action},
                           {QStringLiteral("target"), entry.target},
                           {QStringLiteral("outcome"), entry.outcome}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Appended with one write per line, so lines of concurrent writers never interleave.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) ||
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0)
        qCWarning(lcNet).noquote() << "console: cannot write the audit log" << m_path << file.errorString();
}

QString consoleAuditLogPath() { return paths::dataDir() + QStringLiteral("/console/audit.log"); }

} // namespace pacsdrop
