#include "SingleInstance.h"

#include "settings/AppPaths.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

#include <memory>

namespace pacsdrop {

SingleInstance::SingleInstance(QObject *parent) : QObject(parent), m_server(new QLocalServer(this)) {}

QString SingleInstance::serverName()
{
    const QByteArray key = QCryptographicHash::hash(paths::dataDir().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("pacsdrop-") + QString::fromLatin1(key);
}

bool SingleInstance::handOff(const QStringList &paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << quint64(0) << paths;
    QDataStream(&message, QIODevice::ReadWrite) << quint64(message.size() - qsizetype(sizeof(quint64))); // length first
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The window answers once it has the list, so nothing is lost if this process ends at once.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll() == "ok";
}

bool SingleInstance::listen()
{
    // Someone answering on the name is a running window; a name left by a crashed one is taken over.
    QLocalSocket probe;
    probe.connectToServer(serverName());
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(serverName());
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
    if (!m_server->listen(serverName()))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            connect(client, &QLocalSocket::readyRead, this, [this, client, buffer] {
                *buffer += client->readAll(); // a long list arrives in pieces
                if (buffer->size() < qsizetype(sizeof(quint64)))
                    return;
                quint64 length = 0;
                QDataStream(*buffer) >> length;
                if (quint64(buffer->size()) - sizeof(quint64) < length)
                    return;
                QDataStream in(buffer->mid(sizeof(quint64), qsizetype(length)));
                QStringList paths;
                in >> paths;
                buffer->clear();
                if (in.status() != QDataStream::Ok)
                    return;
                client->write("ok");
                client->flush();
                emit pathsReceived(paths);
            });
        }
    });
    return true;
}

} // namespace pacsdrop
