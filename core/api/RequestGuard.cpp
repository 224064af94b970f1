#include "api/RequestGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace pacsdrop {

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr int kDrainMilliseconds = 3000;

// Whether the bytes start like a request line ("POST /..."); anything else is the middle of a
// request the server is reading (pipelined requests), which the guard does not judge.
bool looksLikeRequestLine(const QByteArray &data)
{
    qsizetype i = 0;
    while (i < data.size() && i < 16 && data[i] >= 'A' && data[i] <= 'Z')
        ++i;
    return i > 0 && i < data.size() && data[i] == ' ';
}

} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, qint64 maxBodyBytes)
    : QObject(socket), m_socket(socket), m_maxBody(maxBodyBytes)
{
    // Connected before the HTTP server connects its own slot: this one sees the bytes first.
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::inspect);
}

RequestGuard *RequestGuard::of(QTcpSocket *socket) { return socket ? socket->findChild<RequestGuard *>() : nullptr; }

void RequestGuard::requestHandled()
{
    if (m_state != State::Refused)
        m_state = State::Header;
}

void RequestGuard::inspect()
{
    if (m_state != State::Header)
        return;
    const QByteArray head = m_socket->peek(kMaxHeaderBytes + 4);
    if (!looksLikeRequestLine(head))
        return;
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHeaderBytes)
            refuse(431, "Request Header Fields Too Large", QStringLiteral("the request header is larger than 64 KiB"));
        return;
    }
    qint64 length = 0;
    for (const QByteArray &line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "transfer-encoding" && value.toLower() != "identity") {
            refuse(411, "Length Required", QStringLiteral("send the body with a Content-Length (chunked bodies are not accepted)"));
            return;
        }
        if (key == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(400, "Bad Request", QStringLiteral("the Content-Length header is not a number"));
                return;
            }
        }
    }
    if (length > m_maxBody) {
        refuse(413, "Payload Too Large",
               QStringLiteral("the request body (%1 bytes) is larger than the limit of %2 MB (api.maxRequestMegabytes)")
                   .arg(length)
                   .arg(m_maxBody / (1024 * 1024)));
        return;
    }
    m_state = State::Body; // until the server has read this request
}

void RequestGuard::refuse(int status, const QByteArray &reason, const QString &message)
{
    m_state = State::Refused;
    // The HTTP server stops reading this connection; what still arrives is read and dropped here.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->readAll();
    connect(m_socket, &QIODevice::readyRead, this, [this] { m_socket->readAll(); });
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("status"), status},
                                                                                            {QStringLiteral("message"), message}}}})
                                .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QTimer::singleShot(kDrainMilliseconds, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent), m_maxBody(maxBodyBytes), m_tls(std::move(tls))
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
    if (auto *secure = qobject_cast<QSslSocket *>(socket)) {
        // A caller that does not speak TLS (or fails the handshake) is dropped.
        connect(secure, &QSslSocket::sslErrors, secure, [secure] { secure->abort(); });
        secure->startServerEncryption();
    }
    new RequestGuard(socket, m_maxBody);
    addPendingConnection(socket);
}

} // namespace pacsdrop
