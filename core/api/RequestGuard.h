#pragma once
// Request limits enforced on the connection itself, before Qt HttpServer buffers a request in
// memory: a body larger than the limit (by its Content-Length) is answered 413 as soon as the
// header has arrived, a header larger than 64 KiB 431, and a chunked body (whose size is unknown
// until it is all there) 411. The refused connection is drained briefly, so the client can read
// the answer, and then closed.
//
// GuardedTcpServer attaches a guard to every connection before the HTTP server sees it; the
// server calls requestHandled() when it has read a whole request.

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace pacsdrop {

class RequestGuard final : public QObject {
    Q_OBJECT
public:
    RequestGuard(QTcpSocket *socket, qint64 maxBodyBytes);

    // The HTTP server has read a whole request: what follows on the connection is a new header.
    void requestHandled();
    bool refused() const { return m_state == State::Refused; }

    static RequestGuard *of(QTcpSocket *socket);

private:
    enum class State { Header, Body, Refused };
    void inspect();
    void refuse(int status, const QByteArray &reason, const QString &message);

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    State m_state = State::Header;
};

class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    // tls: when set (a certificate), every connection is HTTPS; the guard reads the decrypted bytes.
    GuardedTcpServer(qint64 maxBodyBytes, std::optional<QSslConfiguration> tls, QObject *parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBody;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace pacsdrop
