#pragma once
// The API's background work: a send job is one sendBatch (the same pipeline as the window and
// the command line: convert, record in the outbox, deliver), a convert job one conversion into
// the job's folder. Each keeps its job's rows up to date as files finish. Blocking; the server
// runs them on its worker threads (each opens its own outbox connection).

#include "api/ApiJobs.h"
#include "lookup/StudySource.h"
#include "settings/Settings.h"

#include <QMap>

#include <atomic>

namespace pacsdrop {

struct JobInputs {
    QStringList paths;                     // canonical files and folders, uploads included
    QMap<QString, QString> displayNames;   // path -> the name the caller knows (uploads: their file name)
    StudySource study;
};

void runSendJob(ApiJobs &jobs, const QString &id, const Settings &settings, const JobInputs &inputs, const Device &destination,
                const std::atomic_bool &cancel);

void runConvertJob(ApiJobs &jobs, const QString &id, const Settings &settings, const JobInputs &inputs, const QString &outputDir);

} // namespace pacsdrop
