#include "cli/CliContext.h"
#include "inbound/LocalArchive.h"
#include "outbox/OutboxLocation.h"

#include <QFile>

#include "logging/Log.h"
#include "settings/AppPaths.h"

namespace pacsdrop::cli {

namespace {
const QCommandLineOption kConfig(QStringLiteral("config"), QStringLiteral("Use FILE as settings.json."), QStringLiteral("FILE"));
const QCommandLineOption kDataDir(QStringLiteral("data-dir"),
                                  QStringLiteral("Keep the outbox and logs in DIR instead of the user's data folder."),
                                  QStringLiteral("DIR"));
const QCommandLineOption kVerbose(QStringLiteral("verbose"), QStringLiteral("Also write the log to stderr."));
const QCommandLineOption kDebug(QStringLiteral("debug"),
                                QStringLiteral("Debug logging (may include patient names and IDs)."));

Result<CliContext> load()
{
    const bool firstRun = !QFile::exists(paths::settingsFile());
    auto settings = Settings::load(paths::settingsFile());
    if (!settings)
        return std::unexpected(settings.error());
    if (firstRun) { // a new installation can send somewhere at once: the built-in Local archive
        Device archive = localArchiveDevice();
        archive.isDefault = true;
        if (settings->putDevice(archive))
            settings->save();
    }
    useOutboxSettings(*settings); // the outbox every command of this process opens
    return CliContext{*settings};
}
} // namespace

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({kConfig, kDataDir, kVerbose, kDebug});
    parser.addHelpOption();
}

Result<CliContext> CliContext::create(const QCommandLineParser &parser)
{
    if (parser.isSet(kConfig))
        paths::setConfigFileOverride(parser.value(kConfig));
    if (parser.isSet(kDataDir))
        paths::setDataDirOverride(parser.value(kDataDir));
    installLogging({paths::logDir() + QStringLiteral("/pacsdrop.log"), parser.isSet(kVerbose), parser.isSet(kDebug)});
    return load();
}

Result<CliContext> CliContext::create(std::nullptr_t)
{
    installLogging({paths::logDir() + QStringLiteral("/pacsdrop.log"), false, false});
    return load();
}

} // namespace pacsdrop::cli
