#pragma once
// What the API has been asked to do in the background ("send these files", "convert these"),
// readable by id while it runs and for a day after: one row per input file with its state and
// reason, and the objects made from it. The outbox stays the durable record of every delivery;
// jobs are the API's view of one request and do not survive a restart. Thread-safe.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <optional>

namespace pacsdrop {

struct ApiJobObject {
    QString sopInstanceUid;
    QString state;          // "sent", "pending", "failed" (send); "made" (convert)
    QString message;
    QString path;           // convert: the file made (downloadable)
};

struct ApiJobFile {
    QString name;           // the path as given, or the uploaded file's name
    QString state;          // "queued", "sent", "pending", "failed", "rejected", "converted"
    QString message;
    QList<ApiJobObject> objects;
};

struct ApiJob {
    enum class State { Queued, Running, Done, Failed };
    QString id;
    QString kind;           // "send" or "convert"
    QString destination;    // send: the device
    State state = State::Queued;
    QString message;        // Failed: why the whole job failed; Done: a summary
    QDateTime created;
    QDateTime finished;
    QString folder;         // uploads and converted files of this job
    QList<ApiJobFile> files;

    // With download links ("/api/v1/jobs/<id>/objects/<n>") for made objects.
    QJsonObject toJson() const;
    // The n-th made object's file over all rows, if any.
    QString objectPath(int n) const;
};

QString jobStateName(ApiJob::State state);

class ApiJobs {
public:
    ApiJob create(const QString &kind, const QString &destination, const QString &folder);
    void update(const QString &id, const std::function<void(ApiJob &)> &change);
    std::optional<ApiJob> get(const QString &id) const;
    QList<ApiJob> all() const;                         // newest first
    // Finished jobs older than the cut-off are forgotten; returns them (for their folders).
    QList<ApiJob> takeFinishedBefore(const QDateTime &cutOff);

private:
    mutable QMutex m_mutex;
    QMap<QString, ApiJob> m_jobs;
};

} // namespace pacsdrop
