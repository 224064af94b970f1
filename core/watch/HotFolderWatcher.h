#pragma once
// Works one watched folder (Monitor settings) for the service: finds complete files (change
// events, and polling for shares that send none), takes each once — a file whose content was sent
// before is not sent again — copies it into PacsDrop's own spool, sends through the same pipeline
// as every front, and afterwards deletes, moves or leaves the original as configured. A file that
// cannot be converted or sent goes to the quarantine folder with a text file saying why; one the
// PACS could not be reached for waits in the outbox and is not taken again.

#include "settings/HotFolder.h"
#include "settings/Settings.h"
#include "watch/FileStability.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>

class QFileSystemWatcher;

namespace pacsdrop {

// Where a watched folder sets aside files it cannot send (hidden: never taken again).
QString quarantineFolderOf(const QString &watchedFolder);

class HotFolderWatcher final : public QObject {
    Q_OBJECT
public:
    HotFolderWatcher(const HotFolder &folder, const Settings &settings, QObject *parent = nullptr);

    void start();
    // A flag that stops a running send between files (the service's SIGTERM).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancelFlag = cancel; }
    // Looks at the folder now (the timer and change events call it too).
    void scan();
    // Where files that cannot be sent go, with a .txt beside each saying why.
    QString quarantineFolder() const;

signals:
    void fileSent(const QString &path);
    void fileQuarantined(const QString &path, const QString &reason);
    void fileSkipped(const QString &path, const QString &reason); // already sent (same content)

private:
    QStringList listFiles() const;
    void take(const QStringList &paths);
    void quarantine(const QString &path, const QString &reason);
    void finish(const QString &original);
    // Batches whose recording failed half-way (the outbox's database went away): looked up again
    // once it answers — recorded, left to recovery, or not recorded and taken again.
    struct Uncertain {
        QString batch;
        QHash<QString, QString> originalOf; // copy -> original
        QList<QByteArray> hashes;
    };
    void settleUncertain();
    // Originals left in the folder while the outbox retried their copies: finished once delivered.
    void finishDelivered();
    QHash<QString, QHash<QString, QString>> m_waitingBatches; // batch -> copy -> original
    qint64 m_lastDeliveredCheck = 0;
    QList<Uncertain> m_uncertain;

    HotFolder m_folder;
    Settings m_settings;
    FileStability m_stability;
    QTimer m_poll;
    QFileSystemWatcher *m_events;
    QSet<QString> m_waiting; // taken, waiting in the outbox for a PACS that was not reachable
    QHash<QString, qint64> m_heldElsewhere; // a shared outbox: taken by another live node (when seen so)
    std::atomic_bool m_cancel{false};
    const std::atomic_bool *m_cancelFlag;
    bool m_busy = false;
};

} // namespace pacsdrop
