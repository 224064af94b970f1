#pragma once
// Sends a long answer's body (the console's study ZIP) in pieces as the client takes them, so the
// server never holds more than about 1 MiB of it: the next piece is produced when the socket's
// buffer has drained. A piece that cannot be produced (a file gone or changed meanwhile) aborts
// the connection: the client sees a short answer against the Content-Length, never a wrong file.
// Lives on the socket's thread, as the socket's child (it goes when the connection goes).

#include "common/ZipStream.h"

#include <QObject>

#include <memory>

class QTcpSocket;

namespace pacsdrop {

class StreamedBody final : public QObject {
    Q_OBJECT
public:
    // The status line and headers are written already; writes the body from stream.
    static void start(QTcpSocket *socket, std::shared_ptr<ZipStream> stream);

private:
    StreamedBody(QTcpSocket *socket, std::shared_ptr<ZipStream> stream);
    void fill();

    QTcpSocket *m_socket;
    std::shared_ptr<ZipStream> m_stream;
};

} // namespace pacsdrop
