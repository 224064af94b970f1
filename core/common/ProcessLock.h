#pragma once
// A lock on a file that one holder has at a time (another process, or another thread with its own
// ProcessLock), released when the holder lets go or its process ends, however it ends. On Unix an
// flock on the file, which is left in place; the file names the holding process as QLockFile's do
// (so an older PacsDrop waiting with QLockFile sees it held), and a lock taken on a file that was
// deleted meanwhile is taken again on the file now there. Unlike QLockFile, nothing is synced
// to disk: QLockFile's fdatasync per lock cost a 200-file send ~30 ms when another program was
// writing heavily to the same disk, and a lock needs nothing after a power cut. Elsewhere QLockFile.

#include <QLockFile>
#include <QString>

#include <memory>

namespace pacsdrop {

class ProcessLock {
public:
    explicit ProcessLock(const QString &path);
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    // Tries for up to timeoutMs (0: once, negative: until it is free); true when held.
    bool tryLock(int timeoutMs);
    // Why the last tryLock failed when it was not for another holder (the file cannot be opened:
    // permissions, a read-only disk); empty otherwise. Waiting does not help then.
    QString failure() const { return m_failure; }

private:
    QString m_path;
    QString m_failure;
    int m_fd = -1;
    std::unique_ptr<QLockFile> m_fallback;
};

} // namespace pacsdrop
