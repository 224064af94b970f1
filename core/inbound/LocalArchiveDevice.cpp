// The Local archive as a device and a folder (inbound/LocalArchive.h), apart from its listener: the
// settings and the window's start need these, not DCMTK.
#include "inbound/LocalArchive.h"

#include "settings/AppPaths.h"

namespace pacsdrop {

Device localArchiveDevice()
{
    Device d;
    d.name = QStringLiteral("Local archive");
    d.aeTitle = QStringLiteral("LOCALARCHIVE");
    d.host = QStringLiteral("127.0.0.1");
    d.port = 104; // a placeholder: the archive listens on a free port while this program runs
    d.description = QStringLiteral("Built in: keeps what it receives in PacsDrop's data folder");
    d.builtInArchive = true;
    return d;
}

QString localArchiveFolder() { return paths::dataDir() + QStringLiteral("/archive"); }

} // namespace pacsdrop
