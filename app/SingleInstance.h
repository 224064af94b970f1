#pragma once
// One window per user and data folder: "pacsdrop FILE..." (the file managers' "Send to PACS")
// hands its files to the running window over a local socket and exits, or becomes the window
// that listens. The socket is named after the data folder, so test runs and separate
// configurations never meet, and lives in a folder only this user may enter. Plain POSIX
// sockets watched by Qt's event loop: the window's start does not load Qt Network for this.

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QSocketNotifier;

namespace pacsdrop {

class SingleInstance final : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when a running window took the files (this process should exit).
    static bool handOff(const QStringList &paths, int timeoutMs = 3000);
    // Starts listening; false when another process listens already.
    bool listen();
    // The socket's path ("" when no private folder could be made for it).
    static QString socketPath();

signals:
    void pathsReceived(const QStringList &paths);

private:
    struct Client;
    void accept();
    void read(Client *client);
    void drop(Client *client);

    int m_fd = -1;
    quint64 m_socketDevice = 0, m_socketInode = 0; // the socket file this window made
    QSocketNotifier *m_incoming = nullptr;
    std::vector<std::unique_ptr<Client>> m_clients;
};

} // namespace pacsdrop
