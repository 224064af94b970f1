#pragma once
// The local HTTP API (docs/api.md): Qt HttpServer answering /api/v1/... Every request passes,
// in this order: the size, time and connection limits (RequestGuard, on the connection), the caller's address
// (api.allow), the Host header, the password (HTTP Basic against the stored PBKDF2 hash, with
// LoginThrottle slowing down guessing per user name and client); then it is routed. Work that talks to the network or
// converts runs on the server's worker threads, so one slow PACS never stalls other callers.
// Lives on one thread (ApiService gives it its own); not thread-safe otherwise.

#include "api/ApiJobs.h"
#include "api/ApiReply.h"
#include "api/ClientIdentity.h"
#include "api/LoginThrottle.h"
#include "console/ConsoleRouter.h"
#include "common/Error.h"
#include "settings/Settings.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace pacsdrop {

class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit ApiServer(Settings settings, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on api.address:api.port (port 0: any free one); returns the port.
    Result<quint16> start();
    // Jobs in progress stop after their current file (the rest stays in the outbox); waits for them.
    void stopJobs();

    ApiJobs &jobs() { return m_jobs; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // The reason to refuse the caller's place (address, Host), or an empty reply to go on.
    std::optional<ApiReply> placeRefusal(const QHttpServerRequest &request) const;
    // The same, and then the API's password.
    std::optional<ApiReply> refusal(const QHttpServerRequest &request, const ClientIdentity &client);
    void answerConsole(const QHttpServerRequest &request, const ClientIdentity &client, QHttpServerResponder &responder, QTcpSocket *socket);
    void rememberLogin(const QByteArray &digest);
    void route(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Runs work on a worker thread and answers with its reply on this thread (if the caller is still there).
    void answerLater(QHttpServerResponder &&responder, std::function<ApiReply()> work);
    ApiReply startSend(const QHttpServerRequest &request);
    ApiReply startConvert(const QHttpServerRequest &request);
    void download(const QString &jobId, const QString &index, QHttpServerResponder &responder);
    void forgetOldJobs();

    Settings m_settings;
    QThreadPool m_pool;
    ApiJobs m_jobs;
    LoginThrottle m_throttle;
    QHash<QByteArray, QDateTime> m_recentLogins; // keyed digest of an accepted Authorization header -> until
    QByteArray m_loginKey;                        // random per process, for those digests
    std::atomic_bool m_cancel{false};
    std::unique_ptr<ConsoleRouter> m_console; // the web console at / (uses m_settings)
};

// The folder the API keeps job files in (<data>/api/jobs).
QString apiJobsDir();

} // namespace pacsdrop
