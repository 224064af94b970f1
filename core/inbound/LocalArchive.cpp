#include "inbound/LocalArchive.h"

#include "inbound/StoreListener.h"
#include "net/PortProbe.h"
#include "settings/AppPaths.h"


#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace pacsdrop {

namespace {

std::mutex g_mutex;
std::unique_ptr<StoreListener> g_archive;
quint16 g_port = 0;

const QString kAeTitle = QStringLiteral("LOCALARCHIVE");

// Stopped while the application object still exists (static destruction would be too late for
// the listener's threads and DCMTK).
void stopLocalArchive()
{
    std::lock_guard lock(g_mutex);
    g_archive.reset();
    g_port = 0;
}

} // namespace

Device localArchiveDevice()
{
    Device d;
    d.name = QStringLiteral("Local archive");
    d.aeTitle = kAeTitle;
    d.host = QStringLiteral("127.0.0.1");
    d.port = 104; // a placeholder: the archive listens on a free port while this program runs
    d.description = QStringLiteral("Built in: keeps what it receives in PacsDrop's data folder");
    d.builtInArchive = true;
    return d;
}

QString localArchiveFolder() { return paths::dataDir() + QStringLiteral("/archive"); }

Result<quint16> ensureLocalArchiveRunning()
{
    std::lock_guard lock(g_mutex);
    if (g_archive)
        return g_port;
    InboundListener rule;
    rule.name = QStringLiteral("Local archive");
    rule.aeTitle = kAeTitle;
    rule.port = freeLoopbackPort();
    rule.folder = localArchiveFolder();
    rule.maxAssociations = 16;
    rule.loopbackOnly = true; // a trial archive for this computer, not a service on the network
    if (rule.port == 0)
        return fail(ErrorCode::NetworkUnreachable, QStringLiteral("no free port for the local archive"));
    auto listener = std::make_unique<StoreListener>(rule);
    if (auto started = listener->start(); !started)
        return std::unexpected(started.error());
    g_archive = std::move(listener);
    g_port = static_cast<quint16>(rule.port);
    qAddPostRoutine(stopLocalArchive);
    return g_port;
}

} // namespace pacsdrop
