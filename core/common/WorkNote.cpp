#include "common/WorkNote.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace pacsdrop {

namespace {

// "PDNOTE 0000000042\n" then that many bytes of lines; what follows them in the file is left from
// a longer note before it, and ignored.
constexpr char kMagic[] = "PDNOTE ";
constexpr int kHeaderSize = 7 + 10 + 1;

struct Note {
    QMutex mutex;
    QString folder;
    QString file;
    int fd = -1;
    QHash<QString, int> batches;
    QHash<QString, int> reading;
    QHash<qint64, int> sending;

    // A process that ends normally takes its note along.
    ~Note()
    {
#ifdef Q_OS_UNIX
        if (fd >= 0) {
            QFile::remove(file);
            ::close(fd);
        }
#endif
    }
};

Note &note()
{
    static Note n;
    return n;
}

QByteArray encoded(const QString &text) { return QUrl::toPercentEncoding(text, "/"); }
QString decoded(const QByteArray &text) { return QUrl::fromPercentEncoding(text); }

QByteArray contentOf(const Note &n)
{
    QByteArray body;
    for (auto it = n.batches.cbegin(); it != n.batches.cend(); ++it)
        body += "batch " + encoded(it.key()) + '\n';
    for (auto it = n.reading.cbegin(); it != n.reading.cend(); ++it)
        body += "reading " + encoded(it.key()) + '\n';
    for (auto it = n.sending.cbegin(); it != n.sending.cend(); ++it)
        body += "sending " + QByteArray::number(it.key()) + '\n';
    return kMagic + QByteArray::number(body.size()).rightJustified(10, '0') + '\n' + body;
}

// Rewrites the note; the caller holds the mutex. The file is not cut to the new length: the
// header says how much of it is the note, and a truncation per file sent cost more than the write
// (ext4's ftruncate, twice per file: ~5 % of a 1,000-file send's CPU). It keeps the size of its
// longest note, a few hundred bytes, and goes when the process ends.
void rewrite(const Note &n)
{
#ifdef Q_OS_UNIX
    if (n.fd < 0)
        return;
    const QByteArray content = contentOf(n);
    (void)::pwrite(n.fd, content.constData(), size_t(content.size()), 0);
#else
    Q_UNUSED(n)
#endif
}

WorkNote::Left parse(const QString &file, const QByteArray &content)
{
    WorkNote::Left left;
    left.file = file;
    if (!content.startsWith(kMagic) || content.size() < kHeaderSize)
        return left;
    const qsizetype length = content.mid(7, 10).toLongLong();
    for (const QByteArray &line : content.mid(kHeaderSize, length).split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArray kind = line.left(space), value = line.mid(space + 1);
        if (kind == "batch")
            left.batches << decoded(value);
        else if (kind == "reading")
            left.reading << decoded(value);
        else if (kind == "sending")
            left.sending << value.toLongLong();
    }
    return left;
}

template <typename Key>
void count(QHash<Key, int> &table, const Key &key, int by)
{
    Note &n = note();
    QMutexLocker lock(&n.mutex);
    if (n.fd < 0)
        return;
    if ((table[key] += by) <= 0)
        table.remove(key);
    rewrite(n);
}

#ifdef Q_OS_UNIX
// Whether the note's process is gone: its lock can be taken. Reads the note either way.
bool ownerGone(const QString &file, QByteArray &content)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool gone = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    QFile reader;
    if (reader.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        content = reader.readAll();
    ::close(fd); // also releases the lock
    return gone;
}
#endif

QStringList noteFiles(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.note")}, QDir::Files))
        files << dir.filePath(name);
    return files;
}

} // namespace

Result<void> WorkNote::start(const QString &folder)
{
#ifdef Q_OS_UNIX
    Note &n = note();
    QMutexLocker lock(&n.mutex);
    const QString absolute = QDir(folder).absolutePath();
    if (n.fd >= 0 && n.folder == absolute)
        return {};
    if (n.fd >= 0) { // another outbox (tests): the old note goes
        ::close(n.fd);
        QFile::remove(n.file);
        n.fd = -1;
    }
    if (!QDir().mkpath(absolute))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot create the folder %1").arg(absolute));
    n.folder = absolute;
    n.file = QStringLiteral("%1/%2-%3.note").arg(absolute).arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate());
    n.fd = ::open(QFile::encodeName(n.file).constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (n.fd < 0 || ::flock(n.fd, LOCK_EX | LOCK_NB) != 0) {
        if (n.fd >= 0)
            ::close(n.fd);
        n.fd = -1;
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot write the work note %1").arg(n.file));
    }
    rewrite(n);
#else
    Q_UNUSED(folder) // no note on this platform: a crash there may still lose a batch's intake
#endif
    return {};
}

void WorkNote::stop()
{
#ifdef Q_OS_UNIX
    Note &n = note();
    QMutexLocker lock(&n.mutex);
    if (n.fd < 0)
        return;
    QFile::remove(n.file);
    ::close(n.fd);
    n.fd = -1;
    n.folder.clear();
#endif
}

QList<WorkNote::Left> WorkNote::leftBehind(const QString &folder)
{
    QList<Left> left;
#ifdef Q_OS_UNIX
    const QString own = [] {
        QMutexLocker lock(&note().mutex);
        return note().file;
    }();
    for (const QString &file : noteFiles(folder)) {
        QByteArray content;
        if (file != own && ownerGone(file, content))
            left << parse(file, content);
    }
#else
    Q_UNUSED(folder)
#endif
    return left;
}

QSet<QString> WorkNote::batchesInHand(const QString &folder)
{
    QSet<QString> batches;
#ifdef Q_OS_UNIX
    Note &n = note();
    QString own;
    {
        QMutexLocker lock(&n.mutex);
        own = n.file;
        for (auto it = n.batches.cbegin(); it != n.batches.cend(); ++it)
            batches.insert(it.key());
    }
    for (const QString &file : noteFiles(folder)) {
        QByteArray content;
        if (file == own || ownerGone(file, content))
            continue;
        for (const QString &batch : parse(file, content).batches)
            batches.insert(batch);
    }
#else
    Q_UNUSED(folder)
#endif
    return batches;
}

void WorkNote::discard(const Left &left) { QFile::remove(left.file); }

IntakeInHand::IntakeInHand(QString batch) : m_batch(std::move(batch)) { count(note().batches, m_batch, +1); }
IntakeInHand::~IntakeInHand() { count(note().batches, m_batch, -1); }

ReadingFile::ReadingFile(QString path) : m_path(std::move(path)) { count(note().reading, m_path, +1); }
ReadingFile::~ReadingFile() { count(note().reading, m_path, -1); }

SendingEntry::SendingEntry(qint64 id) : m_id(id) { count(note().sending, m_id, +1); }
SendingEntry::~SendingEntry() { count(note().sending, m_id, -1); }

} // namespace pacsdrop
