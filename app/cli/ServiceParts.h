#pragma once
// The parts of `pacsdrop serve` that follow the settings: the watched folders and the inbound
// listeners. apply() starts what the settings name and is called again whenever the settings file
// changes (the console's settings page, the window, an edit by hand): a listener whose rule is
// unchanged keeps running (its associations are not cut), a changed one is stopped after the
// associations in progress and started with its new rule, a removed one stops; the watchers are
// made anew when the folders, the devices they send to, or the conversion and site settings changed.

#include "inbound/StoreListener.h"
#include "settings/Settings.h"
#include "watch/HotFolderWatcher.h"

#include <QTextStream>

#include <atomic>
#include <memory>
#include <vector>

namespace pacsdrop::cli {

class ServiceParts {
public:
    explicit ServiceParts(const std::atomic_bool &cancel) : m_cancel(cancel) {}
    ~ServiceParts() { stop(); }

    void apply(const Settings &settings, QTextStream &err);
    // Listeners that could not start (a port still taken): tried again (serve calls this every few seconds).
    void retryFailedListeners(QTextStream &err);
    void stop();

private:
    struct RunningListener {
        InboundListener rule;
        std::unique_ptr<StoreListener> listener;
    };
    void applyWatchers(const Settings &settings);
    void applyListeners(const Settings &settings, QTextStream &err);
    bool startListener(const InboundListener &rule, QTextStream &err, bool quiet);

    const std::atomic_bool &m_cancel;
    std::vector<std::unique_ptr<HotFolderWatcher>> m_watchers;
    Settings m_watched; // what the watchers were made with
    bool m_watching = false;
    std::vector<RunningListener> m_listeners;
    QList<InboundListener> m_failed; // wanted, but could not start yet
};

} // namespace pacsdrop::cli
