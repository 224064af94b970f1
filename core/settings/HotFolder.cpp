#include "settings/HotFolder.h"

#include "convert/StudyData.h"

#include <QDir>

namespace pacsdrop {

namespace {

const QStringList kAfterSend{QStringLiteral("leave"), QStringLiteral("delete"), QStringLiteral("move")};

} // namespace

QString afterSendName(HotFolder::AfterSend action) { return kAfterSend.at(static_cast<int>(action)); }

QStringList HotFolder::problems(const QString &prefix) const
{
    QStringList found;
    const QString dot = prefix.isEmpty() ? QString() : prefix + u'.';
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        found << dot + QStringLiteral("folder: must be an absolute path");
    if (destination.isEmpty())
        found << dot + QStringLiteral("destination: a device name is required");
    if (afterSend == AfterSend::MoveToDone && (doneFolder.isEmpty() || !QDir::isAbsolutePath(doneFolder)))
        found << dot + QStringLiteral("doneFolder: must be an absolute path when files are moved after sending");
    if (stableSeconds < 1 || stableSeconds > 3600)
        found << dot + QStringLiteral("stableSeconds: must be 1 to 3600");
    if (pollSeconds < 1 || pollSeconds > 3600)
        found << dot + QStringLiteral("pollSeconds: must be 1 to 3600");
    StudyData probe;
    for (auto it = study.cbegin(); it != study.cend(); ++it) {
        if (auto r = probe.set(it.key(), it.value()); !r)
            found << dot + QStringLiteral("study.") + r.error().message;
    }
    for (const QString &p : probe.problems())
        found << dot + QStringLiteral("study.") + p;
    if (!dicomOnly && !probe.missingForConversion().isEmpty())
        found << dot + QStringLiteral("study: PatientID and PatientName are needed to convert non-DICOM files (or set dicomOnly)");
    return found;
}

QString HotFolder::validate(const QString &prefix) const
{
    return problems(prefix).value(0);
}

QJsonObject HotFolder::toJson() const
{
    QJsonObject s;
    for (auto it = study.cbegin(); it != study.cend(); ++it)
        s.insert(it.key(), it.value());
    return {{QStringLiteral("folder"), folder},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("recursive"), recursive},
            {QStringLiteral("dicomOnly"), dicomOnly},
            {QStringLiteral("study"), s},
            {QStringLiteral("afterSend"), afterSendName(afterSend)},
            {QStringLiteral("doneFolder"), doneFolder},
            {QStringLiteral("stableSeconds"), stableSeconds},
            {QStringLiteral("pollSeconds"), pollSeconds}};
}

Result<HotFolder> HotFolder::fromJson(const QJsonObject &json, const QString &prefix)
{
    HotFolder h;
    for (const char *key : {"folder", "destination", "afterSend", "doneFolder"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".%1: must be a string").arg(QLatin1String(key)));
    }
    for (const char *key : {"recursive", "dicomOnly"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".%1: must be true or false").arg(QLatin1String(key)));
    }
    h.folder = json.value(QStringLiteral("folder")).toString();
    h.destination = json.value(QStringLiteral("destination")).toString();
    h.recursive = json.value(QStringLiteral("recursive")).toBool(true);
    h.dicomOnly = json.value(QStringLiteral("dicomOnly")).toBool(true);
    const qsizetype action = kAfterSend.indexOf(json.value(QStringLiteral("afterSend")).toString(QStringLiteral("leave")));
    if (action < 0)
        return fail(ErrorCode::InvalidSettings, prefix + QStringLiteral(".afterSend: must be leave, delete or move"));
    h.afterSend = static_cast<AfterSend>(action);
    h.doneFolder = json.value(QStringLiteral("doneFolder")).toString();
    h.stableSeconds = json.value(QStringLiteral("stableSeconds")).toInt(5);
    h.pollSeconds = json.value(QStringLiteral("pollSeconds")).toInt(10);
    const QJsonObject s = json.value(QStringLiteral("study")).toObject();
    for (auto it = s.begin(); it != s.end(); ++it)
        h.study.insert(it.key(), it.value().toString());
    if (const QString p = h.validate(prefix); !p.isEmpty())
        return fail(ErrorCode::InvalidSettings, p);
    return h;
}

} // namespace pacsdrop
