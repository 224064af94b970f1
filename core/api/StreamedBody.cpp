#include "api/StreamedBody.h"

#include "logging/Log.h"

#include <QTcpSocket>

namespace pacsdrop {

namespace {
constexpr qint64 kPiece = 256 * 1024;
constexpr qint64 kBuffered = 1024 * 1024; // produce more only below this much unsent
} // namespace

void StreamedBody::start(QTcpSocket *socket, std::shared_ptr<ZipStream> stream)
{
    auto *body = new StreamedBody(socket, std::move(stream));
    body->fill();
}

StreamedBody::StreamedBody(QTcpSocket *socket, std::shared_ptr<ZipStream> stream)
    : QObject(socket), m_socket(socket), m_stream(std::move(stream))
{
    connect(socket, &QIODevice::bytesWritten, this, &StreamedBody::fill);
}

void StreamedBody::fill()
{
    while (!m_stream->atEnd() && m_socket->bytesToWrite() < kBuffered) {
        auto piece = m_stream->next(kPiece);
        if (!piece) {
            qCWarning(lcNet).noquote() << "console: a download stopped:" << piece.error().message;
            m_socket->abort();
            deleteLater();
            return;
        }
        m_socket->write(*piece);
    }
    if (m_stream->atEnd())
        deleteLater();
}

} // namespace pacsdrop
