#pragma once
// An inbound DICOM listener (C-STORE SCP; answers C-ECHO too) as configured by an InboundListener:
// a pool of worker threads, one per association up to the configured maximum. Each instance is
// written to the listener's folder and recorded in the outbox for its routing destinations before
// the success response goes back — an acknowledged instance is never lost. Instances the routing
// rule does not forward are kept in the folder only.

#include "common/Error.h"
#include "settings/InboundListener.h"

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace pacsdrop {

struct ListenerRuntime;

class StoreListener {
public:
    explicit StoreListener(const InboundListener &settings);
    ~StoreListener();
    StoreListener(const StoreListener &) = delete;
    StoreListener &operator=(const StoreListener &) = delete;

    // Starts listening on its port (a thread); an error when the port cannot be opened.
    Result<void> start();
    void stop();
    QString folder() const;
    int received() const;

private:
    std::shared_ptr<ListenerRuntime> m_runtime;
    std::unique_ptr<std::thread> m_thread;
};

} // namespace pacsdrop
