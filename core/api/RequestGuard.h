#pragma once
// Limits enforced on the connection itself, before Qt HttpServer buffers a request in memory:
// - size: a body larger than the limit (by its Content-Length) is answered 413 as soon as the
//   header has arrived, a header larger than 64 KiB 431, a chunked body (size unknown until it
//   is all there) 411;
// - time: a request header must be complete within 10 s of its first byte (or of the connection
//   opening), and a body must keep arriving (no 10 s pause, and all of it within 30 s plus 1 s per
//   64 KiB), else 408; a connection idle 30 s after its answer (or whose client stops reading a long
//   answer for 30 s) is closed, and so is one whose
//   answer has not come in 10 minutes;
// - count: one client (ClientIdentity) holds at most 16 connections, all clients 256; more are
//   answered 503 with Retry-After and closed.
// A refused connection is drained briefly, so the client can read the answer, and then closed.
//
// GuardedTcpServer attaches a guard to every connection before the HTTP server sees it; the
// server calls requestHandled() when it has read a whole request.

#include "api/ClientIdentity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace pacsdrop {

// What the start of a connection's bytes says about the request arriving.
struct HeaderVerdict {
    enum class Kind { NotARequestLine, Incomplete, Accepted, Refused };
    Kind kind = Kind::Incomplete;
    qint64 bodyLength = 0;  // Accepted: the Content-Length (0 when none)
    int status = 0;         // Refused: the HTTP status, reason phrase and a message for people
    QByteArray reason;
    QString message;
};

// Judges the bytes a connection has delivered so far (up to 64 KiB + 4 are enough).
HeaderVerdict judgeRequestHeader(const QByteArray &head, qint64 maxBodyBytes);

struct ConnectionLimits {
    qint64 maxBodyBytes = 100 * 1024 * 1024;
    int headerSeconds = 10;     // to complete a request header
    int bodyPauseSeconds = 10;  // longest pause while a body arrives
    int idleSeconds = 30;       // after an answer, before the connection is closed
    int answerSeconds = 600;    // longest wait for the server's answer (a slow worklist), then closed
    int perClient = 16;         // open connections one client may hold
    int total = 256;            // open connections in all
};

class RequestGuard final : public QObject {
    Q_OBJECT
public:
    RequestGuard(QTcpSocket *socket, const ConnectionLimits &limits, ClientIdentity client);

    // The HTTP server has read a whole request: what follows on the connection is a new header.
    void requestHandled();
    bool refused() const { return m_state == State::Refused; }
    const ClientIdentity &client() const { return m_client; }

    static RequestGuard *of(QTcpSocket *socket);
    // Answers status on a connection no guard reads any more, and closes it after a short drain.
    static void refuseConnection(QTcpSocket *socket, int status, const QByteArray &reason, const QString &message,
                                 const QByteArray &extraHeaders = {});

private:
    enum class State { Header, Body, Answering, Idle, Refused };
    void inspect();
    void answerWritten();
    void deadlineReached();
    void enter(State state, int seconds);
    void refuse(int status, const QByteArray &reason, const QString &message);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    ClientIdentity m_client;
    State m_state = State::Header;
    QTimer m_deadline;
    QTimer m_pause;
    qint64 m_bodyLength = 0;
    QByteArray m_header; // the request header so far (at most 64 KiB + 4)
};

class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    // tls: when set (a certificate), every connection is HTTPS; the guard reads the decrypted bytes.
    GuardedTcpServer(const ConnectionLimits &limits, std::optional<QSslConfiguration> tls, QObject *parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QHash<QString, int> m_openByClient;
    int m_open = 0;
};

} // namespace pacsdrop
