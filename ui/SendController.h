#pragma once
// Runs the window's sends on a worker thread (the core's sendBatch: convert, record, deliver; or
// a resume of what the outbox holds) and turns what it reports into row statuses, a few times a
// second, plus a log for the progress dialog and a SendReport at the end. The GUI thread never
// waits on it; cancel() stops between files. Transient failures stay in the outbox and are tried
// again (the window's keepTrying policy): their rows say "not sent yet" and when. Afterwards,
// what the PACS confirmed shows in the rows: verified or missing, committed or not committed
// (the configured listeners are started for the reports unless a running service has them).

#include "FileListModel.h"
#include "SendReport.h"
#include "convert/StudyData.h"
#include "outbox/OutboxEntry.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
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
    // Sends what the outbox holds that is due; entries named in retry become due now first
    // (their files read again). device: the name the report speaks of.
    void resume(const Settings &settings, const QList<qint64> &retry, const QString &device);
    void cancel() { m_cancel = true; }

signals:
    void progress(int done, int total);
    // The file being sent: its name and bytes sent of its size (a few updates a second at most).
    void fileProgress(const QString &name, qint64 sent, qint64 size);
    void logLine(const QString &line);
    void finished(const pacsdrop::SendReport &report);

private:
    friend class SendEvents;
    struct Update {
        FileRow::Status status;
        QString plain, detail;
        std::optional<ErrorCode> failure;
        QDateTime retryAt;
    };
    // The row's status from one of its outbox entries (0: none, e.g. a file that cannot be sent).
    void post(const QString &path, qint64 entry, const Update &update);
    void flush();
    void launch(std::function<void(class SendEvents &, SendReport &, QHash<qint64, QString> &)> work, const QString &device, int total);
    void done(const SendReport &report, const QHash<qint64, QString> &entries);
    void noteOutcome(bool delivered, bool waiting, ErrorCode code, const QDateTime &retryAt, const QString &destination);
    void readConfirmations(); // off this thread; showConfirmations() follows
    // Rows from what the outbox says the PACS confirmed; true while a report is still awaited.
    bool showConfirmations(const QList<OutboxEntry> &now);
    void listenForCommitmentReports(const Settings &settings);

    FileListModel &m_model;
    QTimer m_flush;
    QHash<QString, Update> m_updates; // coalesced until the next flush
    QHash<QString, QHash<qint64, Update>> m_rowEntries; // row -> each of its entries' latest update, this run
    std::atomic_bool m_cancel{false};
    std::unique_ptr<std::thread> m_worker;
    bool m_running = false;
    QString m_device;
    QHash<qint64, QString> m_confirming; // this batch's outbox entries -> their row, until confirmed
    QDateTime m_confirmDeadline;
    QTimer m_confirmPoll;
    QFutureWatcher<QList<OutboxEntry>> m_confirmRead;
    std::vector<std::shared_ptr<void>> m_reportListeners; // listening for Storage Commitment reports while held
    int m_total = 0;
    int m_done = 0;
    // This run's outcomes, for its report.
    int m_delivered = 0, m_waiting = 0, m_failed = 0;
    QHash<int, int> m_reasons; // ErrorCode -> files
    QDateTime m_nextTry;
    QString m_reportedDevice;
};

} // namespace pacsdrop
