#include "api/ApiService.h"

#include "api/ApiServer.h"

namespace pacsdrop {

ApiService::ApiService(Settings settings) : m_settings(std::move(settings)) { m_thread.setObjectName(QStringLiteral("api")); }

ApiService::~ApiService() { stop(); }

Result<quint16> ApiService::start()
{
    m_thread.start();
    Result<quint16> started = fail(ErrorCode::Internal, QStringLiteral("the API thread did not start"));
    // Created, listening and later destroyed on its own thread: its sockets belong to that thread.
    auto *carrier = new QObject; // only to run the lambda below on the API thread
    carrier->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        carrier,
        [this, &started, carrier] {
            m_server = new ApiServer(m_settings);
            started = m_server->start();
            if (!started) {
                delete m_server;
                m_server = nullptr;
            }
            delete carrier;
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        stop();
    return started;
}

void ApiService::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

} // namespace pacsdrop
