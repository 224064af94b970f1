#include "api/RequestGuard.h"

#include "logging/Log.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

namespace pacsdrop {

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr int kDrainMilliseconds = 3000;
constexpr qint64 kSlowestBodyBytesPerSecond = 64 * 1024;
constexpr int kBodyBaseSeconds = 30;

enum class Start { RequestLine, TooShortToTell, Other };

// Whether the bytes start like a request line ("POST /..."); anything else is the middle of a
// request the server is reading (pipelined requests), which the guard does not judge.
Start startOf(const QByteArray &data)
{
    qsizetype i = 0;
    while (i < data.size() && i < 16 && data[i] >= 'A' && data[i] <= 'Z')
        ++i;
    if (i == data.size() && i < 16)
        return Start::TooShortToTell; // "GE" may become "GET "
    return i > 0 && i < data.size() && data[i] == ' ' ? Start::RequestLine : Start::Other;
}

HeaderVerdict refusedWith(int status, QByteArray reason, QString message)
{
    HeaderVerdict v;
    v.kind = HeaderVerdict::Kind::Refused;
    v.status = status;
    v.reason = std::move(reason);
    v.message = std::move(message);
    return v;
}

} // namespace

HeaderVerdict judgeRequestHeader(const QByteArray &head, qint64 maxBodyBytes)
{
    switch (startOf(head)) {
    case Start::Other:
        return {HeaderVerdict::Kind::NotARequestLine, 0, 0, {}, {}};
    case Start::TooShortToTell:
        return {};
    case Start::RequestLine:
        break;
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || end > kMaxHeaderBytes) {
        if (head.size() > kMaxHeaderBytes)
            return refusedWith(431, "Request Header Fields Too Large", QStringLiteral("the request header is larger than 64 KiB"));
        return {};
    }
    qint64 length = 0;
    for (const QByteArray &line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "transfer-encoding" && value.toLower() != "identity")
            return refusedWith(411, "Length Required", QStringLiteral("send the body with a Content-Length (chunked bodies are not accepted)"));
        if (key == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return refusedWith(400, "Bad Request", QStringLiteral("the Content-Length header is not a number"));
        }
    }
    if (length > maxBodyBytes)
        return refusedWith(413, "Payload Too Large",
                           QStringLiteral("the request body (%1 bytes) is larger than the limit of %2 MB (api.maxRequestMegabytes)")
                               .arg(length)
                               .arg(maxBodyBytes / (1024 * 1024)));
    return {HeaderVerdict::Kind::Accepted, length, 0, {}, {}};
}

RequestGuard::RequestGuard(QTcpSocket *socket, const ConnectionLimits &limits, ClientIdentity client)
    : QObject(socket), m_socket(socket), m_limits(limits), m_client(std::move(client))
{
    m_deadline.setSingleShot(true);
    m_pause.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RequestGuard::deadlineReached);
    connect(&m_pause, &QTimer::timeout, this, &RequestGuard::deadlineReached);
    // Connected before the HTTP server connects its own slot: this one sees the bytes first.
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::inspect);
    connect(socket, &QIODevice::bytesWritten, this, &RequestGuard::answerWritten);
    enter(State::Header, m_limits.headerSeconds);
}

RequestGuard *RequestGuard::of(QTcpSocket *socket) { return socket ? socket->findChild<RequestGuard *>() : nullptr; }

void RequestGuard::enter(State state, int seconds)
{
    if (state == State::Header && m_state != State::Header)
        m_header.clear();
    m_state = state;
    m_pause.stop();
    if (seconds > 0)
        m_deadline.start(seconds * 1000);
    else
        m_deadline.stop();
}

void RequestGuard::requestHandled()
{
    if (m_state != State::Refused)
        enter(State::Answering, m_limits.answerSeconds); // a C-FIND may be slow
}

void RequestGuard::answerWritten()
{
    // Every write the client takes starts the idle time again: a long download (a study's ZIP, sent
    // while it is read) stays open as long as the client keeps reading; one that stops reading for
    // the idle time is closed, as is a kept-alive connection nobody uses.
    if (m_state == State::Answering || m_state == State::Idle)
        enter(State::Idle, m_limits.idleSeconds);
}

void RequestGuard::inspect()
{
    // New bytes after a request was read are the next request (kept alive or pipelined): judged
    // like the first. (Before the server read a body-less request, this judges it again: harmless.)
    if (m_state == State::Idle || m_state == State::Answering)
        enter(State::Header, m_limits.headerSeconds);
    if (m_state == State::Body) {
        m_pause.start(m_limits.bodyPauseSeconds * 1000); // bytes keep coming: the pause starts again
        return;
    }
    if (m_state != State::Header)
        return;
    // Qt's HTTP server reads everything that has arrived after this slot has looked at it, so a
    // header that comes in pieces is put together here to be judged whole.
    m_header += m_socket->peek(kMaxHeaderBytes + 4 - m_header.size());
    const HeaderVerdict verdict = judgeRequestHeader(m_header, m_limits.maxBodyBytes);
    switch (verdict.kind) {
    case HeaderVerdict::Kind::NotARequestLine:
    case HeaderVerdict::Kind::Incomplete:
        return;
    case HeaderVerdict::Kind::Refused:
        refuse(verdict.status, verdict.reason, verdict.message);
        return;
    case HeaderVerdict::Kind::Accepted:
        break;
    }
    m_header.clear();
    m_bodyLength = verdict.bodyLength;
    if (m_bodyLength == 0) {
        enter(State::Answering, m_limits.answerSeconds); // the server has all it needs
        return;
    }
    enter(State::Body, kBodyBaseSeconds + int(m_bodyLength / kSlowestBodyBytesPerSecond));
    m_pause.start(m_limits.bodyPauseSeconds * 1000);
}

void RequestGuard::deadlineReached()
{
    switch (m_state) {
    case State::Idle:
        m_socket->disconnectFromHost(); // a kept-alive connection nobody uses any more
        return;
    case State::Header:
        if (m_header.isEmpty()) {
            m_socket->disconnectFromHost(); // connected and said nothing
            return;
        }
        qCWarning(lcNet).noquote() << "api: closing a connection from" << m_client.describe() << "whose request header did not arrive in"
                                   << m_limits.headerSeconds << "s";
        refuse(408, "Request Timeout", QStringLiteral("the request header did not arrive within %1 s").arg(m_limits.headerSeconds));
        return;
    case State::Body:
        qCWarning(lcNet).noquote() << "api: closing a connection from" << m_client.describe() << "whose request body stalled";
        refuse(408, "Request Timeout", QStringLiteral("the request body stopped arriving or arrived too slowly"));
        return;
    case State::Answering:
        qCWarning(lcNet).noquote() << "api: closing a connection from" << m_client.describe() << "after" << m_limits.answerSeconds
                                   << "s without an answer";
        m_socket->disconnectFromHost();
        return;
    case State::Refused:
        return;
    }
}

void RequestGuard::refuse(int status, const QByteArray &reason, const QString &message)
{
    enter(State::Refused, 0);
    // The HTTP server stops reading this connection; what still arrives is read and dropped.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    refuseConnection(m_socket, status, reason, message);
}

void RequestGuard::refuseConnection(QTcpSocket *socket, int status, const QByteArray &reason, const QString &message,
                                    const QByteArray &extraHeaders)
{
    socket->readAll();
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("status"), status},
                                                                                            {QStringLiteral("message"), message}}}})
                                .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body);
    QTimer::singleShot(kDrainMilliseconds, socket, [socket] { socket->disconnectFromHost(); });
}

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_tls(std::move(tls))
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *secure = new QSslSocket(this);
        secure->setSslConfiguration(*m_tls);
        socket = secure;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ClientIdentity client = identifyClient(socket->peerAddress(), socket->peerPort(), socket->localAddress(), socket->localPort());
    const QString key = client.key();
    if (m_open >= m_limits.total || m_openByClient.value(key) >= m_limits.perClient) {
        qCWarning(lcNet).noquote() << "api: refusing a connection from" << client.describe() << "(" << m_openByClient.value(key)
                                   << "open from it," << m_open << "in all)";
        if (m_tls) { // no TLS session to answer in
            socket->abort();
            socket->deleteLater();
            return;
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        RequestGuard::refuseConnection(socket, 503, "Service Unavailable",
                                       QStringLiteral("too many open connections from this client; close some and try again"),
                                       "Retry-After: 5\r\n");
        return;
    }
    ++m_open;
    ++m_openByClient[key];
    connect(socket, &QObject::destroyed, this, [this, key] {
        --m_open;
        if (--m_openByClient[key] <= 0)
            m_openByClient.remove(key);
    });
    if (auto *secure = qobject_cast<QSslSocket *>(socket)) {
        // A caller that does not speak TLS (or fails the handshake) is dropped.
        connect(secure, &QSslSocket::sslErrors, secure, [secure] { secure->abort(); });
        secure->startServerEncryption();
    }
    new RequestGuard(socket, m_limits, std::move(client));
    addPendingConnection(socket);
}

} // namespace pacsdrop
