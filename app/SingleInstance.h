#pragma once
// One window per user and data folder: "pacsdrop FILE..." (the file managers' "Send to PACS")
// hands its files to the running window over a local socket and exits, or becomes the window
// that listens. The socket name is derived from the data folder, so test runs and separate
// configurations never meet.

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace pacsdrop {

class SingleInstance final : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);

    // True when a running window took the files (this process should exit).
    static bool handOff(const QStringList &paths, int timeoutMs = 3000);
    // Starts listening; false when another process listens already.
    bool listen();
    static QString serverName();

signals:
    void pathsReceived(const QStringList &paths);

private:
    QLocalServer *m_server;
};

} // namespace pacsdrop
