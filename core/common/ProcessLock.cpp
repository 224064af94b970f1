#include "common/ProcessLock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pacsdrop {

namespace {
constexpr int kRetryMs = 50;

#ifdef Q_OS_UNIX
// The file locked is still the one at the path: a QLockFile (an older PacsDrop, a stale lock being
// cleared) deletes its file as it lets go, and a lock on a deleted file excludes nobody.
bool stillAtPath(int fd, const QByteArray &path)
{
    struct stat held {}, named {};
    return ::fstat(fd, &held) == 0 && ::stat(path.constData(), &named) == 0 && held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}
#endif
} // namespace

ProcessLock::ProcessLock(const QString &path) : m_path(path)
{
#ifndef Q_OS_UNIX
    m_fallback = std::make_unique<QLockFile>(path);
    m_fallback->setStaleLockTime(0); // a lock is stale only when its process is gone
#endif
}

ProcessLock::~ProcessLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock; the file stays (removing it would race a waiter)
#endif
}

bool ProcessLock::tryLock(int timeoutMs)
{
    m_failure.clear();
    if (m_fallback)
        return m_fallback->tryLock(timeoutMs);
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        return true;
    const QByteArray path = QFile::encodeName(m_path);
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    for (;;) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) { // not held by anyone: this process cannot use the file at all
            m_failure = QStringLiteral("cannot open the lock file %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (stillAtPath(fd, path)) {
                m_fd = fd;
                break;
            }
            ::close(fd); // replaced meanwhile: lock the file that is there now
            continue;
        }
        ::close(fd);
        if (deadline.hasExpired())
            return false;
        const qint64 left = deadline.remainingTime(); // -1: forever
        QThread::msleep(static_cast<unsigned long>(left < 0 ? kRetryMs : std::clamp<qint64>(left, 1, kRetryMs)));
    }
    // QLockFile's layout (pid, program, host): an older PacsDrop waiting with QLockFile checks that
    // this process lives rather than taking the file as stale.
    const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
                              + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
                              + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(m_fd, 0) == 0)
        (void)::pwrite(m_fd, holder.constData(), size_t(holder.size()), 0);
    return true;
#else
    return false;
#endif
}

} // namespace pacsdrop
