#include "cli/ServiceParts.h"

#include "logging/Log.h"

#include <algorithm>

namespace pacsdrop::cli {

void ServiceParts::apply(const Settings &settings, QTextStream &err)
{
    applyListeners(settings, err);
    applyWatchers(settings);
}

void ServiceParts::applyWatchers(const Settings &settings)
{
    // A watcher converts and sends with the settings it was made with: what it uses must be unchanged.
    const bool same = m_watching && settings.hotFolders() == m_watched.hotFolders() && settings.devices() == m_watched.devices()
                      && settings.conversion() == m_watched.conversion() && settings.site() == m_watched.site()
                      && settings.localAeTitle() == m_watched.localAeTitle();
    if (same)
        return;
    m_watchers.clear(); // a watcher works on this thread between events: none is busy now
    for (const HotFolder &folder : settings.hotFolders()) {
        auto watcher = std::make_unique<HotFolderWatcher>(folder, settings);
        watcher->setCancelFlag(&m_cancel);
        QObject::connect(watcher.get(), &HotFolderWatcher::fileQuarantined, [](const QString &path, const QString &reason) {
            qCWarning(lcIntake).noquote() << "serve: quarantined" << path << "—" << reason;
        });
        watcher->start();
        m_watchers.push_back(std::move(watcher));
    }
    if (m_watching)
        qCInfo(lcIntake).noquote() << "serve: settings changed; now watching" << settings.hotFolders().size() << "folder(s)";
    m_watching = true;
    m_watched = settings;
}

void ServiceParts::applyListeners(const Settings &settings, QTextStream &err)
{
    // Stopped: those gone from the settings or changed.
    std::erase_if(m_listeners, [&](RunningListener &running) {
        const auto &wanted = settings.listeners();
        if (std::find(wanted.cbegin(), wanted.cend(), running.rule) != wanted.cend())
            return false;
        qCInfo(lcNet).noquote() << "serve: listener" << running.rule.name << "stops (removed or changed in the settings)";
        running.listener->stop(); // after the associations in progress
        return true;
    });
    m_failed.clear();
    for (const InboundListener &rule : settings.listeners()) {
        const bool running = std::any_of(m_listeners.cbegin(), m_listeners.cend(), [&](const RunningListener &r) { return r.rule == rule; });
        if (!running && !startListener(rule, err, false))
            m_failed.append(rule);
    }
}

bool ServiceParts::startListener(const InboundListener &rule, QTextStream &err, bool quiet)
{
    auto listener = std::make_unique<StoreListener>(rule);
    if (auto started = listener->start(); !started) {
        if (!quiet) { // said once; the retries are silent until one works
            err << "pacsdrop serve: listener " << rule.name << ": " << started.error().message << " (tried again every few seconds)" << Qt::endl;
            qCWarning(lcNet).noquote() << "serve: listener" << rule.name << "cannot start:" << started.error().message;
        }
        return false;
    }
    qCInfo(lcNet).noquote() << "serve: listening as" << rule.aeTitle << "on port" << rule.port;
    m_listeners.push_back({rule, std::move(listener)});
    return true;
}

void ServiceParts::retryFailedListeners(QTextStream &err)
{
    m_failed.removeIf([&](const InboundListener &rule) { return startListener(rule, err, true); });
}

void ServiceParts::stop()
{
    m_watchers.clear();
    for (RunningListener &running : m_listeners)
        running.listener->stop(); // after the associations in progress
    m_listeners.clear();
}

} // namespace pacsdrop::cli
