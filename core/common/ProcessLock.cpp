#include "common/ProcessLock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace pacsdrop {

namespace {
constexpr int kRetryMs = 50;
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
    if (m_fallback)
        return m_fallback->tryLock(timeoutMs);
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        return true;
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (deadline.hasExpired()) {
            ::close(fd);
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(std::min<qint64>(kRetryMs, std::max<qint64>(deadline.remainingTime(), 1))));
    }
    m_fd = fd;
    // QLockFile's layout (pid, application, host): an older PacsDrop waiting with QLockFile checks
    // that this process lives rather than taking the file as stale.
    const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
                              + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) == 0)
        (void)::pwrite(fd, holder.constData(), size_t(holder.size()), 0);
    return true;
#else
    return false;
#endif
}

} // namespace pacsdrop
