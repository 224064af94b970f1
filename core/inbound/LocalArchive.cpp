#include "inbound/LocalArchive.h"

#include "inbound/StoreListener.h"
#include "net/PortProbe.h"


#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace pacsdrop {

namespace {

std::mutex g_mutex;
std::unique_ptr<StoreListener> g_archive;
quint16 g_port = 0;

// Stopped while the application object still exists (static destruction would be too late for
// the listener's threads and DCMTK).
void stopLocalArchive()
{
    std::lock_guard lock(g_mutex);
    g_archive.reset();
    g_port = 0;
}

} // namespace

Result<quint16> ensureLocalArchiveRunning()
{
    std::lock_guard lock(g_mutex);
    if (g_archive)
        return g_port;
    InboundListener rule;
    rule.name = QStringLiteral("Local archive");
    rule.aeTitle = localArchiveDevice().aeTitle;
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
