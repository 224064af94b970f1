#include "api/ApiJobRunners.h"

#include "delivery/SendBatch.h"
#include "intake/Intake.h"
#include "outbox/Spool.h"
#include "settings/AppPaths.h"
#include "settings/SiteSettings.h"

#include <QDir>
#include <QFile>

namespace pacsdrop {

namespace {

const StudySourceNames kApiNames{QStringLiteral("study"), QStringLiteral("worklist.from"), QStringLiteral("worklist.accession"),
                                 QStringLiteral("query.from"), QStringLiteral("query.studyUid")};

// The rows of one job, one per source file, in the order they were first heard of.
class JobRows {
public:
    JobRows(ApiJobs &jobs, QString id, const JobInputs &inputs) : m_jobs(jobs), m_id(std::move(id)), m_inputs(inputs) {}

    ApiJobFile &row(const QString &source)
    {
        if (const auto it = m_index.constFind(source); it != m_index.cend())
            return m_files[*it];
        m_index.insert(source, m_files.size());
        m_files.append({displayName(source), QStringLiteral("queued"), {}, {}});
        return m_files.last();
    }
    QList<ApiJobFile> &all() { return m_files; }
    QStringList sourcesWithState(const QString &state) const
    {
        QStringList sources;
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
            if (m_files[it.value()].state == state)
                sources << it.key();
        }
        return sources;
    }
    // Makes the rows visible to GET /jobs/<id>.
    void publish()
    {
        m_jobs.update(m_id, [this](ApiJob &job) { job.files = m_files; });
    }

private:
    QString displayName(const QString &source) const
    {
        for (auto it = m_inputs.displayNames.cbegin(); it != m_inputs.displayNames.cend(); ++it) {
            if (source == it.key())
                return it.value();
            if (source.startsWith(it.key() + u'/')) // a file inside a folder that was given
                return it.value() + source.mid(it.key().size());
        }
        return source;
    }

    ApiJobs &m_jobs;
    QString m_id;
    const JobInputs &m_inputs;
    QList<ApiJobFile> m_files;
    QHash<QString, qsizetype> m_index;
};

QString objectStateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Done: return QStringLiteral("sent");
    case OutboxEntry::State::Failed: return QStringLiteral("failed");
    case OutboxEntry::State::Pending: return QStringLiteral("pending");
    }
    return {};
}

// A row's state from its objects: failed if any failed, pending if any still waits, else sent.
void settleRow(ApiJobFile &row)
{
    if (row.state == QStringLiteral("rejected") || row.objects.isEmpty())
        return;
    row.state = QStringLiteral("sent");
    row.message.clear();
    for (const ApiJobObject &o : std::as_const(row.objects)) {
        if (o.state == QStringLiteral("failed") || (o.state != QStringLiteral("sent") && row.state == QStringLiteral("sent"))) {
            row.state = o.state == QStringLiteral("failed") ? o.state : QStringLiteral("pending");
            row.message = o.message;
        }
    }
}

// Hears one sendBatch: which source each outbox entry came from, and how each entry ended.
class SendJobListener final : public SendBatchListener {
public:
    explicit SendJobListener(JobRows &rows) : m_rows(rows) {}

    void converted(const ConversionItem &item) override
    {
        for (const ConvertedObject &o : item.objects)
            m_sourceOf.insert(o.path, item.source);
        if (!item.error)
            m_rows.row(item.source).state = QStringLiteral("converted");
    }
    void queued(const QList<OutboxEntry> &entries, int, int) override
    {
        for (const OutboxEntry &e : entries) {
            if (e.state != OutboxEntry::State::Pending)
                continue; // a rejected input: reported by rejected()
            m_entrySource.insert(e.id, m_sourceOf.value(e.path, e.path));
            m_rows.row(m_entrySource.value(e.id)).objects.append({e.sopInstanceUid, QStringLiteral("queued"), {}, {}});
        }
        m_rows.publish();
    }
    void rejected(const IntakeItem &item) override
    {
        ApiJobFile &row = m_rows.row(item.path);
        row.state = QStringLiteral("rejected");
        row.message = item.reason;
    }
    void fileFinished(const OutboxEntry &entry, const StoreOutcome &outcome) override
    {
        if (!m_entrySource.contains(entry.id))
            return; // an earlier batch's entry, delivered on the way
        const QString state = outcome.state == StoreOutcome::State::Delivered ? QStringLiteral("sent")
                              : outcome.state == StoreOutcome::State::Failed  ? QStringLiteral("failed")
                                                                               : QStringLiteral("pending");
        setObject(entry, state, outcome.message);
        m_rows.publish();
    }

    // The outbox has the last word on every entry (a retry policy may keep a "failed" one pending).
    void settle(Outbox &outbox)
    {
        for (auto it = m_entrySource.cbegin(); it != m_entrySource.cend(); ++it) {
            if (auto e = outbox.entry(it.key()))
                setObject(*e, objectStateName(e->state), e->result);
        }
        for (ApiJobFile &row : m_rows.all())
            settleRow(row);
        m_rows.publish();
    }

private:
    void setObject(const OutboxEntry &entry, const QString &state, const QString &message)
    {
        for (ApiJobObject &o : m_rows.row(m_entrySource.value(entry.id)).objects) {
            if (o.sopInstanceUid == entry.sopInstanceUid) {
                o.state = state;
                o.message = state == QStringLiteral("sent") ? QString() : message;
            }
        }
    }

    JobRows &m_rows;
    QHash<QString, QString> m_sourceOf;   // converted file -> its source
    QHash<qint64, QString> m_entrySource; // this job's outbox entries -> source
};

void finishJob(ApiJobs &jobs, const QString &id, ApiJob::State state, const QString &message)
{
    jobs.update(id, [&](ApiJob &job) {
        job.state = state;
        job.message = message;
        job.finished = QDateTime::currentDateTimeUtc();
    });
}

QString countsMessage(const QList<ApiJobFile> &files)
{
    QMap<QString, int> counts;
    for (const ApiJobFile &f : files)
        ++counts[f.state];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return parts.isEmpty() ? QStringLiteral("nothing to do") : parts.join(QStringLiteral(", "));
}

void setRunning(ApiJobs &jobs, const QString &id)
{
    jobs.update(id, [](ApiJob &job) { job.state = ApiJob::State::Running; });
}

} // namespace

void runSendJob(ApiJobs &jobs, const QString &id, const Settings &settings, const JobInputs &inputs, const Device &destination,
                const std::atomic_bool &cancel)
{
    setRunning(jobs, id);
    auto study = resolveStudySource(inputs.study, settings, kApiNames);
    if (!study)
        return finishJob(jobs, id, ApiJob::State::Failed, study.error().message);
    auto outbox = Outbox::openConfigured();
    if (!outbox)
        return finishJob(jobs, id, ApiJob::State::Failed, outbox.error().message);
    JobRows rows(jobs, id, inputs);
    SendJobListener listener(rows);
    SendBatchRequest request;
    request.paths = inputs.paths; // read under the intake journal: a file that crashes a parser loses nothing
    request.study = *study;
    request.destination = destination;
    auto outcome = sendBatch(*outbox, settings, request, listener, cancel);
    if (!outcome)
        return finishJob(jobs, id, ApiJob::State::Failed, outcome.error().message);
    listener.settle(*outbox);
    // Uploaded files stay only while an outbox entry still needs them (a retry after a failure);
    // one that can never be sent (damaged, not convertible) goes now: the caller has the original.
    if (const auto job = jobs.get(id); job && !job->folder.isEmpty()) {
        for (const QString &source : rows.sourcesWithState(QStringLiteral("rejected"))) {
            if (source.startsWith(job->folder + u'/'))
                QFile::remove(source);
        }
        cleanSpool(*outbox, job->folder);
    }
    finishJob(jobs, id, ApiJob::State::Done, countsMessage(rows.all()));
}

void runConvertJob(ApiJobs &jobs, const QString &id, const Settings &settings, const JobInputs &inputs, const QString &outputDir)
{
    setRunning(jobs, id);
    auto study = resolveStudySource(inputs.study, settings, kApiNames);
    if (!study)
        return finishJob(jobs, id, ApiJob::State::Failed, study.error().message);
    StudyData data = *study;
    applySiteDefaults(data, settings.site());
    if (const QString missing = data.missingForConversion(); !missing.isEmpty())
        return finishJob(jobs, id, ApiJob::State::Failed, missing);
    JobRows rows(jobs, id, inputs);
    QStringList sources;
    for (const IntakeItem &item : collectItems(inputs.paths)) {
        ApiJobFile &row = rows.row(item.path);
        if (item.kind == IntakeItem::Kind::Dicom) {
            row.state = QStringLiteral("skipped");
            row.message = QStringLiteral("already DICOM");
        } else if (item.kind == IntakeItem::Kind::Rejected && item.rejection == ErrorCode::NotDicom) {
            sources << item.path;
        } else if (item.kind == IntakeItem::Kind::Rejected) {
            row.state = QStringLiteral("failed");
            row.message = item.reason;
        }
    }
    rows.publish();
    for (const ConversionItem &item : convertFiles(sources, data, outputDir, settings.conversion())) {
        ApiJobFile &row = rows.row(item.source);
        row.state = item.error ? QStringLiteral("failed") : QStringLiteral("converted");
        row.message = item.error ? item.error->message : QString();
        for (const ConvertedObject &o : item.objects)
            row.objects.append({o.sopInstanceUid, QStringLiteral("made"), o.note, o.path});
    }
    rows.publish();
    finishJob(jobs, id, ApiJob::State::Done, countsMessage(rows.all()));
}

} // namespace pacsdrop
