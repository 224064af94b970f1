// Which folders hold what the listeners received (inbound/ArchiveIndex.h), apart from reading them:
// the settings say it, and the window asks it without loading the pipeline (its retention check).
#include "inbound/ArchiveIndex.h"

#include "inbound/LocalArchive.h"

namespace pacsdrop {

QList<ArchiveStore> archiveStores(const Settings &settings)
{
    QList<ArchiveStore> stores;
    InboundListener local;
    local.name = localArchiveDevice().name;
    local.folder = localArchiveFolder();
    local.keepDays = settings.site().localArchiveKeepDays;
    local.keepGigabytes = settings.site().localArchiveKeepGigabytes;
    stores.append({QStringLiteral("local"), local.name, local.storeFolder(), local});
    for (const InboundListener &listener : settings.listeners())
        stores.append({QStringLiteral("listener:") + listener.name, listener.name, listener.storeFolder(), listener});
    return stores;
}

} // namespace pacsdrop
