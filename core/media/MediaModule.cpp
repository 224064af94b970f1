#include "media/MediaModule.h"

#include "common/ModuleLoader.h"
#include "logging/Log.h"

#include <atomic>
#include <mutex>

namespace pacsdrop {

namespace {

std::atomic_bool g_loaded = false;

Result<const MediaFunctions *> load()
{
    const auto entry = moduleEntry(QStringLiteral("libpacsdrop_media"), "pacsdrop_media_functions");
    if (!entry)
        return fail(ErrorCode::Internal, QStringLiteral("video and PDF support is not installed (%1)").arg(entry.error().message));
    const MediaFunctions *table = reinterpret_cast<PacsdropMediaEntry *>(*entry)();
    if (!table || table->tableSize != static_cast<int>(sizeof(MediaFunctions)))
        return fail(ErrorCode::Internal, QStringLiteral("PacsDrop's media module belongs to another version of PacsDrop"));
    qCDebug(lcIntake) << "media module loaded";
    g_loaded = true;
    return table;
}

} // namespace

Result<const MediaFunctions *> mediaFunctions()
{
    static std::once_flag once;
    static Result<const MediaFunctions *> result = fail(ErrorCode::Internal, QString());
    std::call_once(once, [] { result = load(); });
    return result;
}

bool mediaModuleLoaded() { return g_loaded.load(); }

} // namespace pacsdrop
