#include "SendController.h"

#include "delivery/SendBatch.h"
#include "net/PortProbe.h"
#include "settings/AppPaths.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent>

namespace pacsdrop {

// The pipeline's reports, on the worker thread, handed to the controller on the GUI thread.
class SendEvents final : public SendBatchListener {
public:
    explicit SendEvents(SendController *controller) : m_controller(controller) {}

    void converted(const ConversionItem &c) override
    {
        QStringList made;
        for (const ConvertedObject &o : c.objects)
            made << o.path;
        const QString source = c.source;
        const bool failed = c.error.has_value();
        const QString reason = failed ? c.error->message : QString();
        later([=](SendController *s) {
            for (const QString &m : made)
                s->m_sourceOf.insert(m, source);
            s->logLine(failed ? QObject::tr("cannot convert %1: %2").arg(QFileInfo(source).fileName(), reason)
                              : QObject::tr("converted %1 (%n object(s))", nullptr, int(made.size())).arg(QFileInfo(source).fileName()));
        });
    }
    void queued(const QList<OutboxEntry> &entries, int earlierPending, int rejected) override
    {
        QStringList paths;
        for (const OutboxEntry &e : entries)
            paths << e.path;
        const int total = static_cast<int>(entries.size()) + earlierPending + rejected;
        later([=](SendController *s) {
            s->m_total = total;
            for (const QString &p : paths)
                s->post(s->m_sourceOf.value(p, p), FileRow::Status::Queued, {});
            if (earlierPending > 0)
                s->logLine(QObject::tr("also sending %n file(s) left pending by an earlier run", nullptr, earlierPending));
            s->progress(s->m_done, s->m_total);
        });
    }
    void rejected(const IntakeItem &item) override
    {
        const QString path = item.path, reason = item.reason;
        later([=](SendController *s) {
            ++s->m_done;
            s->post(path, FileRow::Status::NotSendable, reason);
            s->logLine(QObject::tr("not sent: %1: %2").arg(QFileInfo(path).fileName(), reason));
            s->progress(s->m_done, s->m_total);
        });
    }
    void destinationStarted(const Device &device, int files) override
    {
        const QString name = device.name;
        later([=](SendController *s) { s->logLine(QObject::tr("sending %n file(s) to %1", nullptr, files).arg(name)); });
    }
    void destinationUnusable(const QString &destination, const QString &reason, int files) override
    {
        later([=](SendController *s) {
            s->logLine(QObject::tr("cannot send %n file(s) to %1: %2", nullptr, files).arg(destination, reason));
        });
    }
    void fileStarted(const OutboxEntry &entry) override
    {
        const QString path = entry.path;
        later([=](SendController *s) { s->post(s->m_sourceOf.value(path, path), FileRow::Status::Sending, {}); });
    }
    void fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome) override
    {
        const QString path = entry.path, message = outcome.message;
        const bool delivered = outcome.state == StoreOutcome::State::Delivered;
        const bool warning = delivered && outcome.dimseStatus && *outcome.dimseStatus != 0;
        later([=](SendController *s) {
            ++s->m_done;
            const QString row = s->m_sourceOf.value(path, path);
            s->post(row, delivered ? FileRow::Status::Sent : FileRow::Status::Failed, delivered && !warning ? QString() : message);
            s->logLine(QStringLiteral("%1 %2: %3").arg(delivered ? (warning ? QObject::tr("WARNING") : QObject::tr("OK")) : QObject::tr("FAILED"),
                                                      QFileInfo(row).fileName(), message));
            s->progress(s->m_done, s->m_total);
        });
    }
    void fileProgress(const OutboxEntry &entry, qint64 bytesSent) override
    {
        // Thinned out here: a large file reports often, the dialog needs a few updates a second.
        if (m_progressTimer.isValid() && m_progressTimer.elapsed() < 200 && bytesSent < entry.size)
            return;
        m_progressTimer.restart();
        const QString path = entry.path;
        const qint64 size = entry.size;
        later([=](SendController *s) { emit s->fileProgress(QFileInfo(s->m_sourceOf.value(path, path)).fileName(), bytesSent, size); });
    }
    void waitingForOtherSender() override
    {
        later([](SendController *s) { s->logLine(QObject::tr("another PacsDrop is sending from this outbox; waiting for it")); });
    }

private:
    template <typename F>
    void later(F f)
    {
        SendController *c = m_controller;
        QMetaObject::invokeMethod(c, [c, f] { f(c); }, Qt::QueuedConnection);
    }
    SendController *m_controller;
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

void SendController::start(const QStringList &paths, const Device &destination, const StudyData &study, const Settings &settings)
{
    if (m_running)
        return;
    if (m_worker && m_worker->joinable())
        m_worker->join();
    QList<IntakeItem> items;
    for (const QString &p : paths) {
        const int r = m_model.rowOf(p);
        if (r >= 0)
            items.append(m_model.row(r).item);
    }
    if (destination.storageCommitment)
        listenForCommitmentReports(settings);
    m_running = true;
    m_cancel = false;
    m_total = static_cast<int>(items.size());
    m_done = 0;
    m_sourceOf.clear();
    m_flush.start();
    emit progress(0, m_total);
    m_worker = std::make_unique<std::thread>([this, items, destination, study, settings] {
        SendEvents events(this);
        QString summary;
        bool ok = false;
        QHash<qint64, QString> entries; // this batch's outbox entries -> their file
        // The outbox belongs to this thread for the whole send.
        auto outbox = Outbox::open(paths::outboxFile());
        if (!outbox) {
            summary = outbox.error().message;
        } else {
            auto outcome = sendBatch(*outbox, settings, {items, study, destination}, events, m_cancel);
            if (!outcome) {
                summary = outcome.error().message;
            } else {
                for (const OutboxEntry &e : outcome->entries)
                    entries.insert(e.id, e.path);
                const DeliverySummary &s = outcome->summary;
                ok = s.failed == 0 && outcome->rejected == 0 && s.leftPending == 0;
                summary = tr("delivered %1 of %2 files").arg(s.delivered).arg(s.delivered + s.failed + outcome->rejected + s.leftPending);
                if (s.failed + outcome->rejected > 0)
                    summary += tr(", %n failed", nullptr, s.failed + outcome->rejected);
                if (s.leftPending > 0)
                    summary += tr(", %n left in the outbox", nullptr, s.leftPending);
            }
        }
        QMetaObject::invokeMethod(this, [this, ok, summary, entries] { done(ok, summary, entries); }, Qt::QueuedConnection);
    });
}

void SendController::post(const QString &path, FileRow::Status status, const QString &text)
{
    m_updates.insert(path, {status, text});
}

void SendController::flush()
{
    for (auto it = m_updates.cbegin(); it != m_updates.cend(); ++it)
        m_model.setStatus(it.key(), it.value().first, it.value().second);
    m_updates.clear();
}

void SendController::done(bool ok, const QString &summary, const QHash<qint64, QString> &entries)
{
    flush();
    m_flush.stop();
    m_running = false;
    m_confirming.clear();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        m_confirming.insert(it.key(), m_sourceOf.value(it.value(), it.value())); // the row, also after the next send
    m_confirmDeadline = QDateTime::currentDateTimeUtc().addSecs(3600);
    readConfirmations();
    emit logLine(summary);
    emit finished(ok, summary);
}

void SendController::readConfirmations()
{
    if (m_confirming.isEmpty() || m_confirmRead.isRunning())
        return;
    // The outbox is read on the thread pool; the rows change on this thread.
    m_confirmRead.setFuture(QtConcurrent::run([ids = m_confirming.keys()] {
        QList<OutboxEntry> now;
        if (auto outbox = Outbox::open(paths::outboxFile())) {
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
            m_model.setStatus(row, FileRow::Status::Sent, tr("sent; waiting for the PACS to confirm it keeps it"));
            waiting = true;
            ++it;
            continue;
        case OutboxEntry::Confirmation::Committed:
            m_model.setStatus(row, FileRow::Status::Sent, tr("sent and committed by the PACS"));
            break;
        case OutboxEntry::Confirmation::Verified:
            m_model.setStatus(row, FileRow::Status::Sent, tr("sent and found on the PACS"));
            break;
        case OutboxEntry::Confirmation::NotCommitted:
        case OutboxEntry::Confirmation::Missing:
            m_model.setStatus(row, FileRow::Status::Failed, entry->confirmationResult);
            emit logLine(tr("NOT KEPT %1: %2").arg(QFileInfo(row).fileName(), entry->confirmationResult));
            break;
        }
        it = m_confirming.erase(it);
    }
    return waiting;
}

void SendController::listenForCommitmentReports(const Settings &settings)
{
    if (!m_reportListeners.empty())
        return;
    for (const InboundListener &rule : settings.listeners()) {
        if (tcpPortTaken(static_cast<quint16>(rule.port)))
            continue; // a running service listens there and records the reports itself
        auto listener = std::make_unique<StoreListener>(rule);
        if (listener->start())
            m_reportListeners.push_back(std::move(listener));
    }
}

} // namespace pacsdrop
