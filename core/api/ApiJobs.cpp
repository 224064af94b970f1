#include "api/ApiJobs.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace pacsdrop {

QString jobStateName(ApiJob::State state)
{
    switch (state) {
    case ApiJob::State::Queued: return QStringLiteral("queued");
    case ApiJob::State::Running: return QStringLiteral("running");
    case ApiJob::State::Done: return QStringLiteral("done");
    case ApiJob::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QJsonObject ApiJob::toJson() const
{
    QJsonArray fileArray;
    QMap<QString, int> counts;
    int objectIndex = 0;
    for (const ApiJobFile &file : files) {
        QJsonArray objectArray;
        for (const ApiJobObject &object : file.objects) {
            QJsonObject o{{QStringLiteral("sopInstanceUid"), object.sopInstanceUid}, {QStringLiteral("state"), object.state}};
            if (!object.message.isEmpty())
                o.insert(QStringLiteral("message"), object.message);
            if (!object.path.isEmpty())
                o.insert(QStringLiteral("download"), QStringLiteral("/api/v1/jobs/%1/objects/%2").arg(id).arg(objectIndex++));
            objectArray.append(o);
        }
        ++counts[file.state];
        fileArray.append(QJsonObject{{QStringLiteral("name"), file.name},
                                     {QStringLiteral("state"), file.state},
                                     {QStringLiteral("message"), file.message},
                                     {QStringLiteral("objects"), objectArray}});
    }
    QJsonObject summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("state"), jobStateName(state)},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("files"), fileArray},
                     {QStringLiteral("summary"), summary}};
    if (!destination.isEmpty())
        json.insert(QStringLiteral("destination"), destination);
    if (finished.isValid())
        json.insert(QStringLiteral("finished"), finished.toString(Qt::ISODateWithMs));
    return json;
}

QString ApiJob::objectPath(int n) const
{
    int index = 0;
    for (const ApiJobFile &file : files) {
        for (const ApiJobObject &object : file.objects) {
            if (object.path.isEmpty())
                continue;
            if (index++ == n)
                return object.path;
        }
    }
    return {};
}

ApiJob ApiJobs::create(const QString &kind, const QString &destination, const QString &folder)
{
    ApiJob job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.kind = kind;
    job.destination = destination;
    job.created = QDateTime::currentDateTimeUtc();
    job.folder = folder;
    QMutexLocker lock(&m_mutex);
    m_jobs.insert(job.id, job);
    return job;
}

void ApiJobs::update(const QString &id, const std::function<void(ApiJob &)> &change)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_jobs.find(id); it != m_jobs.end())
        change(*it);
}

std::optional<ApiJob> ApiJobs::get(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_jobs.constFind(id); it != m_jobs.cend())
        return *it;
    return std::nullopt;
}

QList<ApiJob> ApiJobs::all() const
{
    QMutexLocker lock(&m_mutex);
    QList<ApiJob> jobs = m_jobs.values();
    std::sort(jobs.begin(), jobs.end(), [](const ApiJob &a, const ApiJob &b) { return a.created > b.created; });
    return jobs;
}

QList<ApiJob> ApiJobs::takeFinishedBefore(const QDateTime &cutOff)
{
    QMutexLocker lock(&m_mutex);
    QList<ApiJob> taken;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->finished.isValid() && it->finished < cutOff) {
            taken.append(*it);
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
    return taken;
}

} // namespace pacsdrop
