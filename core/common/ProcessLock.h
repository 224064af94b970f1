#pragma once
// A lock on a file that one holder has at a time (another process, or another thread with its own
// ProcessLock), released when the holder lets go or its process ends, however it ends. On Unix an
// flock on the file, which is left in place; the file names the holding process as QLockFile's do
// (so an older PacsDrop waiting with QLockFile sees it held). Unlike QLockFile, nothing is synced
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

    // Tries for up to timeoutMs (0: once); true when held.
    bool tryLock(int timeoutMs);

private:
    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QLockFile> m_fallback;
};

} // namespace pacsdrop
