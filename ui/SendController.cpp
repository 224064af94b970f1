#include "SendController.h"

#include "delivery/PlainWords.h"
#include "delivery/RetryPolicy.h"
#include "net/PortProbe.h"
#include "outbox/Spool.h"
#include "pipeline/PipelineModule.h"
#include "settings/AppPaths.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent>

namespace pacsdrop {

namespace {

// The window's sends keep trying transient failures (RetryPolicy's keepTrying), on every device.
Settings keepTryingEverywhere(Settings settings)
{
    QList<Device> devices;
    for (const Device &d : settings.devices())
        devices << keepTrying(d);
    settings.setDevices(devices);
    return settings;
}

// A file that will not be sent, in plain words: not convertible, damaged, gone, or a conversion
// that failed (the converter's message says why, for IT).
QString plainRejection(const IntakeItem &item)
{
    switch (item.rejection) {
    case ErrorCode::DamagedFile:
    case ErrorCode::FileNotFound:
    case ErrorCode::FileUnreadable:
        return plainFailure(item.rejection, QString(), false).text();
    case ErrorCode::NotDicom:
        return QCoreApplication::translate("SendController", "This is neither DICOM nor a photo, scan, PDF or video PacsDrop can convert.");
    default:
        return QCoreApplication::translate("SendController", "PacsDrop could not turn this file into DICOM; the details say why.");
    }
}

} // namespace

// The pipeline's reports, on the worker thread, handed to the controller on the GUI thread.
class SendEvents final : public SendBatchListener {
public:
    SendEvents(SendController *controller, QString device) : m_controller(controller), m_device(std::move(device)) {}

    void converted(const ConversionItem &c) override
    {
        const QString name = QFileInfo(c.source).fileName();
        const QString line = c.error ? SendController::tr("cannot convert %1: %2").arg(name, c.error->message)
                                     : SendController::tr("converted %1 (%n object(s))", nullptr, int(c.objects.size())).arg(name);
        later([=](SendController *s) { emit s->logLine(line); });
    }
    void queued(const QList<OutboxEntry> &entries, int earlierPending, int /*rejected*/) override
    {
        const int total = static_cast<int>(entries.size()) + earlierPending;
        later([=](SendController *s) {
            s->m_total = total;
            for (const OutboxEntry &e : entries) {
                const QString row = e.shownPath();
                s->m_model.addEntries(row, {e.id});
                if (!e.source.isEmpty()) // a converted file: the patient and study it goes as
                    s->m_model.setSentAs(row, e.patientName, e.patientId, e.studyDate, e.studyDescription);
                if (e.state == OutboxEntry::State::Pending)
                    s->post(row, e.id, {FileRow::Status::Queued, {}, {}, {}, {}});
            }
            if (earlierPending > 0)
                emit s->logLine(SendController::tr("also sending %n file(s) left pending by an earlier run", nullptr, earlierPending));
            emit s->progress(s->m_done, s->m_total);
        });
    }
    void rejected(const IntakeItem &item) override
    {
        const QString row = item.source.isEmpty() ? item.path : item.source, reason = item.reason, plain = plainRejection(item);
        const ErrorCode code = item.rejection;
        later([=](SendController *s) {
            ++s->m_done;
            s->noteOutcome(false, false, code, {}, {});
            s->post(row, 0, {FileRow::Status::NotSendable, plain, reason, code, {}});
            emit s->logLine(SendController::tr("not sent: %1: %2").arg(QFileInfo(row).fileName(), reason));
            emit s->progress(s->m_done, s->m_total);
        });
    }
    void destinationStarted(const Device &device, int files) override
    {
        const QString name = device.name;
        later([=](SendController *s) { emit s->logLine(SendController::tr("sending %n file(s) to %1", nullptr, files).arg(name)); });
    }
    void destinationUnusable(const QString &destination, const QString &reason, int files) override
    {
        later([=](SendController *s) {
            emit s->logLine(SendController::tr("cannot send %n file(s) to %1: %2", nullptr, files).arg(destination, reason));
        });
    }
    void fileStarted(const OutboxEntry &entry) override
    {
        const QString row = entry.shownPath();
        const qint64 id = entry.id;
        later([=](SendController *s) { s->post(row, id, {FileRow::Status::Sending, {}, {}, {}, {}}); });
    }
    void fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome) override
    {
        const QString row = entry.shownPath(), message = outcome.message, device = entry.destination;
        const qint64 id = entry.id;
        const ErrorCode code = outcome.errorCode;
        const QDateTime retryAt = outcome.retryAt;
        const auto state = outcome.state;
        const bool warning = state == StoreOutcome::State::Delivered && outcome.dimseStatus && *outcome.dimseStatus != 0;
        later([=](SendController *s) {
            ++s->m_done;
            SendController::Update u{FileRow::Status::Sent, {}, message, {}, {}};
            QString word = SendController::tr("OK");
            if (warning) {
                u.status = FileRow::Status::Warning;
                u.plain = SendController::tr("The PACS '%1' stored this file with a warning.").arg(device);
                word = SendController::tr("WARNING");
            } else if (state == StoreOutcome::State::NotAttempted) {
                u = {FileRow::Status::Waiting, plainFailure(ErrorCode::Cancelled, device, false).text(), message, ErrorCode::Cancelled, {}};
                word = SendController::tr("NOT SENT");
            } else if (state == StoreOutcome::State::Failed) {
                const bool later = retryAt.isValid();
                u = {later ? FileRow::Status::Waiting : FileRow::Status::Failed, plainFailure(code, device, later).text(), message, code, retryAt};
                word = later ? SendController::tr("WAITING") : SendController::tr("FAILED");
            }
            s->noteOutcome(state == StoreOutcome::State::Delivered, u.status == FileRow::Status::Waiting, code, retryAt, device);
            s->post(row, id, u);
            emit s->logLine(QStringLiteral("%1 %2: %3").arg(word, QFileInfo(row).fileName(), message));
            emit s->progress(s->m_done, s->m_total);
        });
    }
    void fileProgress(const OutboxEntry &entry, qint64 bytesSent) override
    {
        // Thinned out here: a large file reports often, the dialog needs a few updates a second.
        if (m_progressTimer.isValid() && m_progressTimer.elapsed() < 200 && bytesSent < entry.size)
            return;
        m_progressTimer.restart();
        const QString name = QFileInfo(entry.shownPath()).fileName();
        const qint64 size = entry.size;
        later([=](SendController *s) { emit s->fileProgress(name, bytesSent, size); });
    }
    void waitingForOtherSender() override
    {
        later([](SendController *s) { emit s->logLine(SendController::tr("another PacsDrop is sending from this outbox; waiting for it")); });
    }

private:
    template <typename F>
    void later(F f)
    {
        SendController *c = m_controller;
        QMetaObject::invokeMethod(c, [c, f] { f(c); }, Qt::QueuedConnection);
    }
    SendController *m_controller;
    QString m_device;
    QElapsedTimer m_progressTimer;
};

SendController::SendController(FileListModel &model, QObject *parent) : QObject(parent), m_model(model)
{
    m_flush.setInterval(200); // a few row updates per second, however fast files go
    connect(&m_flush, &QTimer::timeout, this, &SendController::flush);
    m_confirmPoll.setInterval(1000);
    m_confirmPoll.setSingleShot(true);
    connect(&m_confirmPoll, &QTimer::timeout, this, &SendController::readConfirmations);
    connect(&m_confirmRead, &QFutureWatcher<QList<OutboxEntry>>::finished, this, [this] {
        // Still waiting for a commitment report: look again in a second, until the deadline.
        if (showConfirmations(m_confirmRead.result()) && QDateTime::currentDateTimeUtc() < m_confirmDeadline)
            m_confirmPoll.start();
    });
}

SendController::~SendController()
{
    m_cancel = true;
    if (m_worker && m_worker->joinable())
        m_worker->join();
}

void SendController::launch(std::function<void(SendEvents &, SendReport &, QHash<qint64, QString> &)> work, const QString &device, int total)
{
    if (m_worker && m_worker->joinable())
        m_worker->join();
    m_running = true;
    m_cancel = false;
    m_device = device;
    m_total = total;
    m_done = m_delivered = m_waiting = m_failed = 0;
    m_reasons.clear();
    m_nextTry = {};
    m_reportedDevice.clear();
    m_rowEntries.clear();
    m_updates.clear();
    m_flush.start();
    emit progress(0, m_total);
    m_worker = std::make_unique<std::thread>([this, work = std::move(work), device] {
        SendEvents events(this, device);
        SendReport report;
        QHash<qint64, QString> entries; // this batch's outbox entries -> their file
        work(events, report, entries);
        QMetaObject::invokeMethod(this, [this, report, entries] { done(report, entries); }, Qt::QueuedConnection);
    });
}

void SendController::start(const QStringList &paths, const Device &destination, const StudyData &study, const Settings &settings)
{
    if (m_running)
        return;
    QList<IntakeItem> items;
    for (const QString &p : paths) {
        if (const int r = m_model.rowOf(p); r >= 0)
            items.append(m_model.row(r).item);
    }
    if (destination.storageCommitment)
        listenForCommitmentReports(settings);
    const Settings attended = keepTryingEverywhere(settings);
    const Device device = keepTrying(destination);
    launch([this, items, device, study, attended](SendEvents &events, SendReport &report, QHash<qint64, QString> &entries) {
        const auto pipeline = pipelineFunctions();
        if (!pipeline) {
            report.technical = pipeline.error().message;
            return;
        }
        // The outbox belongs to this thread for the whole send.
        auto outbox = Outbox::openConfigured();
        if (!outbox) {
            report.technical = outbox.error().message;
            return;
        }
        SendBatchRequest request;
        request.items = items; // read when they were added; converted under the intake journal
        request.study = study;
        request.destination = device;
        auto outcome = (*pipeline)->sendBatch(*outbox, attended, request, events, m_cancel);
        if (!outcome) {
            report.technical = outcome.error().message;
            return;
        }
        for (const OutboxEntry &e : outcome->entries)
            entries.insert(e.id, e.shownPath());
        const DeliverySummary &s = outcome->summary;
        report.technical = tr("delivered %1 of %2 files").arg(s.delivered).arg(s.delivered + s.failed + outcome->rejected + s.leftPending);
        if (s.failed + outcome->rejected > 0)
            report.technical += tr(", %n failed", nullptr, s.failed + outcome->rejected);
        if (s.leftPending > 0)
            report.technical += tr(", %n left in the outbox", nullptr, s.leftPending);
        for (const QString &problem : {outcome->spoolProblem, outcome->commitmentProblem, outcome->verificationProblem}) {
            if (!problem.isEmpty())
                report.technical += QStringLiteral("; ") + problem;
        }
    }, destination.name, static_cast<int>(items.size()));
}

void SendController::resume(const Settings &settings, const QList<qint64> &retry, const QString &device)
{
    if (m_running)
        return;
    const Settings attended = keepTryingEverywhere(settings);
    launch([this, attended, retry](SendEvents &events, SendReport &report, QHash<qint64, QString> &) {
        const auto pipeline = pipelineFunctions();
        if (!pipeline) {
            report.technical = pipeline.error().message;
            return;
        }
        auto outbox = Outbox::openConfigured();
        if (!outbox) {
            report.technical = outbox.error().message;
            return;
        }
        if (!retry.isEmpty()) {
            if (auto requeued = (*pipeline)->retryEntries(*outbox, retry); !requeued)
                report.technical = requeued.error().message;
        }
        auto due = outbox->due();
        const int count = due ? static_cast<int>(due->size()) : 0;
        events.queued(due ? *due : QList<OutboxEntry>(), 0, 0);
        auto summary = (*pipeline)->deliverPending(*outbox, attended, events, m_cancel);
        if (!summary) {
            report.technical = summary.error().message;
            return;
        }
        report.technical = tr("delivered %1 of %2 files").arg(summary->delivered).arg(count);
        if (summary->failed > 0)
            report.technical += tr(", %n failed", nullptr, summary->failed);
        if (summary->leftPending > 0)
            report.technical += tr(", %n left in the outbox", nullptr, summary->leftPending);
        if (!attended.site().keepConvertedFiles)
            cleanSpool(*outbox, paths::spoolDir());
    }, device, 0);
}

void SendController::noteOutcome(bool delivered, bool waiting, ErrorCode code, const QDateTime &retryAt, const QString &destination)
{
    // The report names the PACS that failed the files (the first one), else the one they went to.
    if (!destination.isEmpty() && (m_reportedDevice.isEmpty() || (!delivered && m_waiting + m_failed == 0)))
        m_reportedDevice = destination;
    if (delivered) {
        ++m_delivered;
        return;
    }
    ++(waiting ? m_waiting : m_failed);
    ++m_reasons[static_cast<int>(code)];
    if (retryAt.isValid() && (!m_nextTry.isValid() || retryAt < m_nextTry))
        m_nextTry = retryAt;
}

namespace {

// Which of a row's entries speaks for the row: what did not go before what did.
int severity(FileRow::Status status)
{
    switch (status) {
    case FileRow::Status::NotSendable: return 8;
    case FileRow::Status::Failed: return 7;
    case FileRow::Status::Waiting: return 6;
    case FileRow::Status::Sending: return 5;
    case FileRow::Status::Queued: return 4;
    case FileRow::Status::Warning: return 3;
    case FileRow::Status::Sent: return 2;
    case FileRow::Status::Confirmed: return 1;
    case FileRow::Status::Ready: break;
    }
    return 0;
}

} // namespace

void SendController::post(const QString &path, qint64 entry, const Update &update)
{
    // A PDF with page images is several entries: the row shows the one that needs attention most.
    auto &entries = m_rowEntries[path];
    entries.insert(entry, update);
    const Update *worst = nullptr;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!worst || severity(it.value().status) > severity(worst->status))
            worst = &it.value();
    }
    m_updates.insert(path, *worst);
}

void SendController::flush()
{
    for (auto it = m_updates.cbegin(); it != m_updates.cend(); ++it) {
        const Update &u = it.value();
        m_model.setStatus(it.key(), u.status, u.plain, u.detail, u.failure, u.retryAt);
    }
    m_updates.clear();
}

void SendController::done(const SendReport &technical, const QHash<qint64, QString> &entries)
{
    // Files this run did not get to (stopped, or their PACS unusable) are still in the outbox:
    // their rows say so, and Retry sends them.
    for (auto row = m_rowEntries.begin(); row != m_rowEntries.end(); ++row) {
        for (auto it = row.value().cbegin(); it != row.value().cend(); ++it) {
            if (it.value().status == FileRow::Status::Queued || it.value().status == FileRow::Status::Sending)
                post(row.key(), it.key(), {FileRow::Status::Waiting, plainFailure(ErrorCode::Cancelled, m_device, false).text(), {}, ErrorCode::Cancelled, {}});
        }
    }
    flush();
    m_flush.stop();
    m_running = false;
    SendReport report = technical;
    report.device = m_reportedDevice.isEmpty() ? m_device : m_reportedDevice;
    report.total = std::max(m_total, m_delivered + m_waiting + m_failed);
    report.delivered = m_delivered;
    report.waiting = m_waiting;
    report.failed = m_failed;
    report.nextTry = m_nextTry;
    report.stopped = m_cancel.load();
    int most = 0;
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            report.reason = static_cast<ErrorCode>(it.key());
        }
    }
    if (report.total > report.delivered + report.waiting + report.failed && report.stopped)
        report.waiting += report.total - report.delivered - report.waiting - report.failed; // left pending by the stop
    m_confirming.clear();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        m_confirming.insert(it.key(), it.value()); // the row, also after the next send
    m_confirmDeadline = QDateTime::currentDateTimeUtc().addSecs(3600);
    readConfirmations();
    emit logLine(report.technical);
    emit finished(report);
}

void SendController::readConfirmations()
{
    if (m_confirming.isEmpty() || m_confirmRead.isRunning())
        return;
    // The outbox is read on the thread pool; the rows change on this thread.
    m_confirmRead.setFuture(QtConcurrent::run([ids = m_confirming.keys()] {
        QList<OutboxEntry> now;
        if (auto outbox = Outbox::openConfigured()) {
            for (qint64 id : ids) {
                if (auto entry = outbox->entry(id))
                    now << *entry;
            }
        }
        return now;
    }));
}

bool SendController::showConfirmations(const QList<OutboxEntry> &now)
{
    QHash<qint64, OutboxEntry> byId;
    for (const OutboxEntry &e : now)
        byId.insert(e.id, e);
    bool waiting = false;
    for (auto it = m_confirming.begin(); it != m_confirming.end();) {
        const auto entry = byId.constFind(it.key());
        if (entry == byId.cend() || entry->state != OutboxEntry::State::Done) {
            it = m_confirming.erase(it);
            continue;
        }
        const QString row = it.value();
        switch (entry->confirmation) {
        case OutboxEntry::Confirmation::None:
            break;
        case OutboxEntry::Confirmation::CommitmentRequested:
            post(row, entry->id, {FileRow::Status::Sent, tr("Sent; waiting for the PACS '%1' to confirm that it keeps it.").arg(entry->destination),
                                  entry->result, {}, {}});
            waiting = true;
            ++it;
            continue;
        case OutboxEntry::Confirmation::Committed:
            post(row, entry->id, {FileRow::Status::Confirmed, tr("Sent, and the PACS '%1' confirmed that it keeps it.").arg(entry->destination),
                                  tr("committed (Storage Commitment)"), {}, {}});
            break;
        case OutboxEntry::Confirmation::Verified:
            post(row, entry->id, {FileRow::Status::Confirmed, tr("Sent, and found on the PACS '%1' afterwards.").arg(entry->destination),
                                  tr("verified by a query after sending"), {}, {}});
            break;
        case OutboxEntry::Confirmation::NotCommitted:
        case OutboxEntry::Confirmation::Missing:
            post(row, entry->id, {FileRow::Status::Failed, plainNotKept(entry->confirmation, entry->destination).text(), entry->confirmationResult, {}, {}});
            emit logLine(tr("NOT KEPT %1: %2").arg(QFileInfo(row).fileName(), entry->confirmationResult));
            break;
        }
        it = m_confirming.erase(it);
    }
    flush();
    return waiting;
}

void SendController::listenForCommitmentReports(const Settings &settings)
{
    const auto pipeline = pipelineFunctions();
    if (!m_reportListeners.empty() || !pipeline)
        return;
    for (const InboundListener &rule : settings.listeners()) {
        if (tcpPortTaken(static_cast<quint16>(rule.port)))
            continue; // a running service listens there and records the reports itself
        if (auto listener = (*pipeline)->startListener(rule))
            m_reportListeners.push_back(std::move(*listener));
    }
}

} // namespace pacsdrop
