#pragma once
// Runs the API server on a thread of its own, so that callers are answered while the service's
// main thread works a watched folder's batch. start() returns once it listens (or could not).

#include "common/Error.h"
#include "settings/Settings.h"

#include <QThread>

#include <memory>

namespace pacsdrop {

class ApiServer;

class ApiService {
public:
    explicit ApiService(Settings settings);
    ~ApiService(); // stops: jobs park what they have not sent in the outbox

    Result<quint16> start();
    void stop();

private:
    Settings m_settings;
    QThread m_thread;
    ApiServer *m_server = nullptr; // lives on m_thread
};

} // namespace pacsdrop
