#include "watch/HotFolderWatcher.h"

#include "delivery/SendBatch.h"
#include "intake/Intake.h"
#include "logging/Log.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QUuid>

#include <algorithm>

namespace pacsdrop {

namespace {

const QString kQuarantine = QStringLiteral(".pacsdrop-quarantine"); // hidden: never taken again
constexpr qint64 kHeldElsewhereRecheckMs = 20000; // a file another node took, looked at again after this
constexpr int kSharedTakeLimit = 50; // files one node takes from a watched folder at a time, when nodes share the outbox

QByteArray contentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// The outcome of one batch, per source file (the copy's path maps back to the original).
class BatchListener final : public SendBatchListener {
public:
    Outbox *outbox = nullptr;
    QHash<QString, QByteArray> hashOfCopy;     // to record the batch as taken once it is in the outbox
    QHash<QString, QString> reasonBySource;    // rejected or failed for good: why
    QSet<QString> unreachable;                 // the PACS could not be reached: still in the outbox
    QSet<QString> delivered;                   // paths of delivered entries
    QHash<QString, QString> sourceOfObject;    // converted object -> its source copy

    void converted(const ConversionItem &c) override
    {
        for (const ConvertedObject &o : c.objects)
            sourceOfObject.insert(o.path, c.source);
    }
    void rejected(const IntakeItem &item) override { reasonBySource.insert(item.path, item.reason); }
    // Recorded in the outbox: from now on the outbox owns these files, and a restart (even after
    // a kill) does not take the originals a second time.
    void queued(const QList<OutboxEntry> &, int, int) override
    {
        for (auto it = hashOfCopy.cbegin(); it != hashOfCopy.cend(); ++it)
            outbox->markTaken(it.value(), QFileInfo(it.key()).fileName());
        recorded = true;
    }
    bool recorded = false;
    void fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome) override
    {
        const QString source = sourceOfObject.value(entry.path, entry.path);
        if (outcome.state == StoreOutcome::State::Delivered)
            delivered.insert(source);
        else if (outcome.state == StoreOutcome::State::NotAttempted || outcome.errorCode == ErrorCode::NetworkUnreachable
                 || outcome.errorCode == ErrorCode::Timeout || outcome.errorCode == ErrorCode::AssociationAborted)
            unreachable.insert(source); // transient: the outbox tries again, nothing is quarantined
        else
            reasonBySource.insert(source, outcome.message);
    }
};

} // namespace

HotFolderWatcher::HotFolderWatcher(const HotFolder &folder, const Settings &settings, QObject *parent)
    : QObject(parent), m_folder(folder), m_settings(settings), m_stability(folder.stableSeconds), m_events(new QFileSystemWatcher(this)),
      m_cancelFlag(&m_cancel)
{
    m_poll.setInterval(std::min(folder.pollSeconds, folder.stableSeconds) * 1000);
    connect(&m_poll, &QTimer::timeout, this, &HotFolderWatcher::scan);
    connect(m_events, &QFileSystemWatcher::directoryChanged, this, [this] { scan(); });
}

QString quarantineFolderOf(const QString &watchedFolder) { return QDir(watchedFolder).filePath(kQuarantine); }

QString HotFolderWatcher::quarantineFolder() const { return quarantineFolderOf(m_folder.folder); }

void HotFolderWatcher::start()
{
    QDir().mkpath(m_folder.folder);
    m_events->addPath(m_folder.folder);
    m_poll.start();
    scan();
}

QStringList HotFolderWatcher::listFiles() const
{
    QStringList files;
    QDirIterator it(m_folder.folder, QDir::Files | QDir::NoDotAndDotDot,
                    m_folder.recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next();
        // Nothing below a hidden folder (the quarantine, a writer's temporary folder) is taken.
        const QString relative = QDir(m_folder.folder).relativeFilePath(path);
        if (relative.split(u'/').first().startsWith(u'.'))
            continue;
        files << path;
    }
    return files;
}

void HotFolderWatcher::settleUncertain()
{
    auto outbox = Outbox::openConfigured();
    if (!outbox)
        return; // still away
    auto journals = outbox->intakes();
    if (!journals)
        return;
    for (qsizetype i = m_uncertain.size() - 1; i >= 0; --i) {
        const Uncertain &u = m_uncertain[i];
        auto recorded = outbox->entries(u.batch);
        if (!recorded)
            return;
        const bool journaled = std::any_of(journals->cbegin(), journals->cend(), [&](const Outbox::Intake &j) { return j.batch == u.batch; });
        if (!recorded->isEmpty() || journaled) {
            // In the outbox (delivered by the next round), or left to recovery, which takes the
            // copies in: the outbox owns the content, the originals are done with.
            for (const QByteArray &hash : u.hashes)
                outbox->markTaken(hash, {});
            for (const QString &original : u.originalOf) {
                m_waiting.remove(original);
                finish(original);
            }
        } else { // never recorded: the originals are taken again
            for (auto it = u.originalOf.cbegin(); it != u.originalOf.cend(); ++it) {
                QFile::remove(it.key());
                m_waiting.remove(it.value());
                m_stability.forget(it.value());
            }
            if (outbox->shared()) {
                for (const QByteArray &hash : u.hashes)
                    outbox->releaseFile(hash);
            }
        }
        m_uncertain.removeAt(i);
    }
}

void HotFolderWatcher::finishDelivered()
{
    auto outbox = Outbox::openConfigured();
    if (!outbox)
        return;
    for (auto batch = m_waitingBatches.begin(); batch != m_waitingBatches.end();) {
        auto entries = outbox->entries(batch.key());
        if (!entries)
            return;
        QHash<QString, QString> &originals = batch.value();
        for (const OutboxEntry &e : *entries) {
            const QString copy = originals.contains(e.path) ? e.path : e.source; // a converted object names its source
            if (e.state != OutboxEntry::State::Done || !originals.contains(copy))
                continue;
            const QString original = originals.take(copy);
            m_waiting.remove(original);
            emit fileSent(original);
            finish(original);
        }
        batch = originals.isEmpty() ? m_waitingBatches.erase(batch) : std::next(batch);
    }
}

void HotFolderWatcher::scan()
{
    if (m_busy)
        return;
    if (!m_uncertain.isEmpty())
        settleUncertain();
    const qint64 sinceCheck = QDateTime::currentMSecsSinceEpoch() - m_lastDeliveredCheck;
    if (!m_waitingBatches.isEmpty() && sinceCheck > 5000) { // what the outbox sent later
        m_lastDeliveredCheck = QDateTime::currentMSecsSinceEpoch();
        finishDelivered();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_heldElsewhere.begin(); it != m_heldElsewhere.end();) { // looked at again: is its node still there?
        if (now - it.value() < kHeldElsewhereRecheckMs) {
            ++it;
            continue;
        }
        m_stability.forget(it.key());
        it = m_heldElsewhere.erase(it);
    }
    QStringList complete = m_stability.update(listFiles(), now);
    complete.removeIf([this](const QString &p) { return m_waiting.contains(p) || m_heldElsewhere.contains(p); });
    if (!complete.isEmpty())
        take(complete);
}

void HotFolderWatcher::take(const QStringList &paths)
{
    m_busy = true;
    auto outbox = Outbox::openConfigured();
    if (!outbox) { // (a shared outbox's database away for a moment): the files are seen again on the next scan
        qCWarning(lcIntake).noquote() << "watched folder: the outbox cannot be opened:" << outbox.error().message;
        for (const QString &path : paths)
            m_stability.forget(path);
        m_busy = false;
        return;
    }
    // Each file is copied into PacsDrop's spool: the original can then be left, moved or deleted
    // whatever the PACS does, and the outbox keeps a file that does not change under it.
    const QString batchDir = paths::spoolDir() + QStringLiteral("/hotfolder-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(batchDir);
    QHash<QString, QString> originalOf; // copy -> original
    QHash<QString, QByteArray> hashOf;  // original -> content hash
    QStringList copies;
    int claimed = 0;
    for (const QString &path : paths) {
        // A shared outbox: a node takes a share at a time, so the other nodes watching this folder
        // take the rest meanwhile (what is left here is seen again on the next scan).
        if (outbox->shared() && claimed >= kSharedTakeLimit) {
            m_stability.forget(path);
            continue;
        }
        const QByteArray hash = contentHash(path);
        if (hash.isEmpty())
            continue; // gone or unreadable now: seen again on the next scan if it comes back
        if (outbox->shared()) { // other nodes may watch this folder too: one of them takes the file
            auto mine = outbox->takeFile(hash, QFileInfo(path).fileName());
            if (!mine) {
                qCWarning(lcIntake).noquote() << "watched folder: cannot claim a file:" << mine.error().message;
                m_stability.forget(path); // seen again on the next scan
                continue;
            }
            ++claimed;
            if (!*mine) {
                --claimed;
                // Recorded as taken: by this process or one that stopped since, the content is in the
                // outbox and the file is done with here; by a live node, that node finishes it.
                const auto takenBy = outbox->fileTakenBy(hash);
                const bool ownerLives = takenBy && !takenBy->isEmpty() && *takenBy != outbox->instance()
                                        && outbox->isAlive(*takenBy).value_or(true);
                if (takenBy && !takenBy->isEmpty() && !ownerLives) {
                    emit fileSkipped(path, tr("the same content was sent before"));
                    finish(path);
                } else if (ownerLives) {
                    // That node removes or moves it once sent; should it stop first, this one
                    // finishes it after a while (a folder that leaves files has nothing to finish).
                    if (m_folder.afterSend == HotFolder::AfterSend::Leave)
                        m_waiting.insert(path);
                    else
                        m_heldElsewhere.insert(path, QDateTime::currentMSecsSinceEpoch());
                } else {
                    // Another node is taking it: not touched here, but looked at again later (if
                    // that node stops before recording it, this one takes it once its lease ends).
                    m_stability.forget(path);
                }
                continue;
            }
        } else if (auto taken = outbox->wasTaken(hash); taken && *taken) {
            emit fileSkipped(path, tr("the same content was sent before"));
            finish(path);
            continue;
        }
        const QString copy = QDir(batchDir).filePath(QStringLiteral("%1-%2").arg(copies.size()).arg(QFileInfo(path).fileName()));
        if (!QFile::copy(path, copy)) {
            if (outbox->shared())
                outbox->releaseFile(hash);
            quarantine(path, tr("cannot copy the file into PacsDrop's spool folder"));
            continue;
        }
        originalOf.insert(copy, path);
        hashOf.insert(path, hash);
        copies << copy;
    }
    if (copies.isEmpty()) {
        QDir(batchDir).removeRecursively();
        m_busy = false;
        return;
    }
    SendBatchRequest request;
    request.batch = Outbox::newBatchId();
    request.paths = copies; // read under the intake journal: a file that crashes a parser loses nothing
    if (m_folder.dicomOnly) { // non-DICOM files are not converted here: they go to quarantine
        request.review = [](QList<IntakeItem> &items) {
            for (IntakeItem &item : items) {
                if (item.kind == IntakeItem::Kind::Rejected && item.rejection == ErrorCode::NotDicom) {
                    item.rejection = ErrorCode::InvalidArgument;
                    item.reason = tr("not a DICOM file, and this folder is set to DICOM only");
                }
            }
        };
    } else {
        for (auto it = m_folder.study.cbegin(); it != m_folder.study.cend(); ++it)
            request.study.set(it.key(), it.value());
    }
    const auto device = m_settings.device(m_folder.destination);
    BatchListener listener;
    listener.outbox = &*outbox;
    for (const QString &copy : std::as_const(copies))
        listener.hashOfCopy.insert(copy, hashOf.value(originalOf.value(copy)));
    if (!device) {
        for (const QString &copy : std::as_const(copies))
            listener.reasonBySource.insert(copy, tr("the destination \"%1\" is not a configured device").arg(m_folder.destination));
    } else {
        request.destination = *device;
        if (auto outcome = sendBatch(*outbox, m_settings, request, listener, *m_cancelFlag); !outcome) {
            qCWarning(lcIntake).noquote() << "watched folder: send failed:" << outcome.error().message;
            if (!listener.recorded) { // perhaps recorded, perhaps not (the database went away): settled later
                for (const QString &copy : std::as_const(copies))
                    m_waiting.insert(originalOf.value(copy));
                m_uncertain.append({request.batch, originalOf, hashOf.values()});
                m_busy = false;
                return;
            }
        }
    }
    if (outbox->shared() && !listener.recorded) { // nothing recorded: the files are free for any node again
        for (const QByteArray &hash : std::as_const(hashOf))
            outbox->releaseFile(hash);
    }
    for (const QString &copy : std::as_const(copies)) {
        const QString original = originalOf.value(copy);
        if (listener.delivered.contains(copy) && !listener.reasonBySource.contains(copy)) {
            m_waiting.remove(original);
            emit fileSent(original);
            finish(original);
            QFile::remove(copy);
            continue;
        }
        const QString reason = listener.reasonBySource.value(copy);
        if (!reason.isEmpty() && !listener.unreachable.contains(copy)) {
            quarantine(original, reason);
            QFile::remove(copy);
        } else {
            // The PACS could not be reached: the entry waits in the outbox (the service resumes it);
            // the original stays, is not taken a second time by this watcher, and is finished once
            // the outbox has delivered it (finishDelivered).
            m_waiting.insert(original);
            m_waitingBatches[request.batch].insert(copy, original);
        }
    }
    m_busy = false;
}

void HotFolderWatcher::finish(const QString &original)
{
    m_stability.forget(original);
    switch (m_folder.afterSend) {
    case HotFolder::AfterSend::Delete:
        QFile::remove(original);
        break;
    case HotFolder::AfterSend::MoveToDone: {
        const QString relative = QDir(m_folder.folder).relativeFilePath(original);
        const QString target = QDir(m_folder.doneFolder).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::rename(original, target) && QFile::copy(original, target))
            QFile::remove(original);
        break;
    }
    case HotFolder::AfterSend::Leave:
        break;
    }
}

void HotFolderWatcher::quarantine(const QString &path, const QString &reason)
{
    m_stability.forget(path);
    QDir().mkpath(quarantineFolder());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QDir(quarantineFolder()).filePath(stamp + u'-' + QFileInfo(path).fileName());
    if (!QFile::rename(path, target))
        return;
    QFile note(target + QStringLiteral(".txt"));
    if (note.open(QIODevice::WriteOnly | QIODevice::Text))
        note.write(tr("%1\nwas not sent: %2\n(%3)\n").arg(path, reason, QDateTime::currentDateTime().toString(Qt::ISODate)).toUtf8());
    emit fileQuarantined(path, reason);
}

} // namespace pacsdrop
