#pragma once
// Runs one send from the window on a worker thread (the core's sendBatch: convert, record, deliver)
// and turns what it reports into row statuses, a few times a second, plus a log for the progress
// dialog. The GUI thread never waits on it; cancel() stops between files. Afterwards, what the
// PACS confirmed shows in the rows: verified or missing (verify after send), committed or not
// committed (Storage Commitment: the configured listeners are started for the reports unless a
// running service has them, and the outbox is watched until the report is in or times out).

#include "FileListModel.h"
#include "convert/StudyData.h"
#include "inbound/StoreListener.h"
#include "outbox/OutboxEntry.h"
#include "settings/Settings.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace pacsdrop {

class SendController final : public QObject {
    Q_OBJECT
public:
    explicit SendController(FileListModel &model, QObject *parent = nullptr);
    ~SendController() override;

    bool isRunning() const { return m_running; }
    // Sends the rows (by path) to destination; non-DICOM rows are converted with study.
    void start(const QStringList &paths, const Device &destination, const StudyData &study, const Settings &settings);
    void cancel() { m_cancel = true; }

signals:
    void progress(int done, int total);
    // The file being sent: its name and bytes sent of its size (a few updates a second at most).
    void fileProgress(const QString &name, qint64 sent, qint64 size);
    void logLine(const QString &line);
    // ok: every file delivered; summary: one line for people.
    void finished(bool ok, const QString &summary);

private:
    friend class SendEvents;
    void post(const QString &path, FileRow::Status status, const QString &text);
    void flush();
    void done(bool ok, const QString &summary, const QHash<qint64, QString> &entries);
    void readConfirmations(); // off this thread; showConfirmations() follows
    // Rows from what the outbox says the PACS confirmed; true while a report is still awaited.
    bool showConfirmations(const QList<OutboxEntry> &now);
    void listenForCommitmentReports(const Settings &settings);

    FileListModel &m_model;
    QTimer m_flush;
    QHash<QString, std::pair<FileRow::Status, QString>> m_updates; // coalesced until the next flush
    QHash<QString, QString> m_sourceOf;  // converted object path -> the row it came from
    std::atomic_bool m_cancel{false};
    std::unique_ptr<std::thread> m_worker;
    bool m_running = false;
    QHash<qint64, QString> m_confirming;  // this batch's outbox entries -> their row, until confirmed
    QDateTime m_confirmDeadline;
    QTimer m_confirmPoll;
    QFutureWatcher<QList<OutboxEntry>> m_confirmRead;
    std::vector<std::unique_ptr<StoreListener>> m_reportListeners; // for Storage Commitment reports
    int m_total = 0;
    int m_done = 0;
};

} // namespace pacsdrop
