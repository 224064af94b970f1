#include "SingleInstance.h"

#include "settings/AppPaths.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace pacsdrop {

namespace {

// The message: its length (quint64), then the list of paths, both as QDataStream writes them.
constexpr qsizetype kLengthSize = sizeof(quint64);

// A folder only this user may enter: $XDG_RUNTIME_DIR (the session's own), else one made in /tmp.
QString privateFolder()
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    struct stat info {};
    if (!runtime.isEmpty() && ::stat(runtime.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid()
        && (info.st_mode & 077) == 0)
        return QFile::decodeName(runtime);
    const QByteArray made = QFile::encodeName(QDir::tempPath() + QStringLiteral("/pacsdrop-%1").arg(::getuid()));
    ::mkdir(made.constData(), 0700);
    // Someone else's folder, or one others may enter, is not used: they could take the name.
    if (::lstat(made.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::getuid() || (info.st_mode & 077) != 0)
        return {};
    return QFile::decodeName(made);
}

bool socketAddress(sockaddr_un &address)
{
    const QByteArray path = QFile::encodeName(SingleInstance::socketPath());
    if (path.isEmpty() || path.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    return true;
}

bool waitFor(int fd, short events, const QDeadlineTimer &deadline)
{
    pollfd p{fd, events, 0};
    int ready = 0;
    do {
        ready = ::poll(&p, 1, int(deadline.remainingTime()));
    } while (ready < 0 && errno == EINTR);
    return ready > 0 && (p.revents & events);
}

// A connected socket, or -1 when nobody listens there.
int connectWithin(const QDeadlineTimer &deadline)
{
    sockaddr_un address{};
    if (!socketAddress(address))
        return -1;
    for (;;) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0)
            return -1;
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
            return fd;
        const int error = errno;
        ::close(fd);
        // EAGAIN: the window is there but its queue of connections is full (many hand-offs at
        // once while it is busy); a local socket does not finish connecting later: ask again.
        if (error != EAGAIN || deadline.hasExpired())
            return -1;
        ::usleep(5000);
    }
}

} // namespace

struct SingleInstance::Client {
    int fd = -1;
    QSocketNotifier *notifier = nullptr;
    QByteArray received;
};

// More than any list of paths a start could send; a sender past it is cut off.
constexpr qsizetype kMostReceived = 256 * 1024 * 1024;

SingleInstance::SingleInstance(QObject *parent) : QObject(parent) {}

SingleInstance::~SingleInstance()
{
    for (const auto &client : m_clients) { // each notifier goes before its descriptor
        delete client->notifier;
        ::close(client->fd);
    }
    if (m_fd >= 0) {
        delete m_incoming;
        ::close(m_fd);
        // Removed only if it is still this window's: another may have taken the name over.
        const QByteArray path = QFile::encodeName(socketPath());
        struct stat now {};
        if (::lstat(path.constData(), &now) == 0 && now.st_dev == m_socketDevice && now.st_ino == m_socketInode)
            ::unlink(path.constData());
    }
}

QString SingleInstance::socketPath()
{
    const QString folder = privateFolder();
    if (folder.isEmpty())
        return {};
    const QByteArray key = QCryptographicHash::hash(paths::dataDir().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return folder + QStringLiteral("/pacsdrop-") + QString::fromLatin1(key) + QStringLiteral(".socket");
}

bool SingleInstance::handOff(const QStringList &paths, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const int fd = connectWithin(deadline);
    if (fd < 0)
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << quint64(0) << paths;
    QDataStream(&message, QIODevice::ReadWrite) << quint64(message.size() - kLengthSize); // length first
    qsizetype sent = 0;
    while (sent < message.size()) {
        const ssize_t n = ::send(fd, message.constData() + sent, size_t(message.size() - sent), MSG_NOSIGNAL);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno != EAGAIN && errno != EINTR)
            break;
        else if (!waitFor(fd, POLLOUT, deadline))
            break;
    }
    // The window answers once it has the list, so nothing is lost if this process ends at once.
    char answer[2] = {};
    const bool taken = sent == message.size() && waitFor(fd, POLLIN, deadline) && ::recv(fd, answer, sizeof answer, MSG_WAITALL) == 2
                       && std::memcmp(answer, "ok", 2) == 0;
    ::close(fd);
    return taken;
}

bool SingleInstance::listen()
{
    if (m_fd >= 0)
        return true;
    sockaddr_un address{};
    if (!socketAddress(address))
        return false;
    // Someone answering on the name is a running window; a name left by a crashed one is taken over.
    if (const int running = connectWithin(QDeadlineTimer(500)); running >= 0) {
        ::close(running);
        return false;
    }
    ::unlink(address.sun_path);
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_fd < 0)
        return false;
    struct stat bound {};
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(m_fd, 16) != 0
        || ::lstat(address.sun_path, &bound) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_socketDevice = bound.st_dev;
    m_socketInode = bound.st_ino;
    m_incoming = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_incoming, &QSocketNotifier::activated, this, &SingleInstance::accept);
    return true;
}

void SingleInstance::accept()
{
    int fd = -1;
    while ((fd = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK)) >= 0) {
        auto client = std::make_unique<Client>();
        client->fd = fd;
        client->notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        Client *raw = client.get();
        connect(client->notifier, &QSocketNotifier::activated, this, [this, raw] { read(raw); });
        m_clients.push_back(std::move(client));
    }
    if (errno != EAGAIN && errno != EINTR && errno != ECONNABORTED) {
        // Out of file descriptors: the waiting sender stays queued; try again in a second rather
        // than be woken for it without end.
        m_incoming->setEnabled(false);
        QTimer::singleShot(1000, this, [this] { m_incoming->setEnabled(true); });
    }
}

void SingleInstance::read(Client *client)
{
    char buffer[65536];
    ssize_t n = 0;
    while ((n = ::recv(client->fd, buffer, sizeof buffer, 0)) > 0) // a long list arrives in pieces
        client->received.append(buffer, n);
    if (client->received.size() > kMostReceived) {
        drop(client);
        return;
    }
    const bool gone = n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR); // done, or given up
    quint64 length = 0;
    if (client->received.size() >= kLengthSize)
        QDataStream(client->received) >> length;
    if (client->received.size() >= kLengthSize && quint64(client->received.size() - kLengthSize) >= length) {
        QDataStream in(client->received.mid(kLengthSize, qsizetype(length)));
        QStringList paths;
        in >> paths;
        client->received.clear();
        if (in.status() == QDataStream::Ok) {
            ::send(client->fd, "ok", 2, MSG_NOSIGNAL);
            emit pathsReceived(paths);
        }
    }
    if (gone)
        drop(client);
}

void SingleInstance::drop(Client *client)
{
    client->notifier->setEnabled(false);
    client->notifier->deleteLater();
    ::close(client->fd);
    std::erase_if(m_clients, [client](const std::unique_ptr<Client> &c) { return c.get() == client; });
}

} // namespace pacsdrop
