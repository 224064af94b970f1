#include "convert/StudyDataJson.h"

#include <QJsonArray>

namespace pacsdrop {

namespace {

QString date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QString time(const QTime &t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm:ss.zzz")) : QString(); }

} // namespace

QJsonObject studyDataToJson(const StudyData &d)
{
    QJsonObject extra;
    for (auto it = d.extra.cbegin(); it != d.extra.cend(); ++it)
        extra.insert(it.key(), it.value());
    QJsonArray requests;
    for (const RequestedStep &r : d.requests)
        requests.append(QJsonObject{{QStringLiteral("accessionNumber"), r.accessionNumber},
                                    {QStringLiteral("requestedProcedureId"), r.requestedProcedureId},
                                    {QStringLiteral("requestedProcedureDescription"), r.requestedProcedureDescription},
                                    {QStringLiteral("scheduledStepId"), r.scheduledStepId},
                                    {QStringLiteral("scheduledStepDescription"), r.scheduledStepDescription}});
    return QJsonObject{
        {QStringLiteral("patientName"), d.patientName.toDicom()},
        {QStringLiteral("patientId"), d.patientId},
        {QStringLiteral("issuerOfPatientId"), d.issuerOfPatientId},
        {QStringLiteral("birthDate"), date(d.birthDate)},
        {QStringLiteral("sex"), d.sex},
        {QStringLiteral("studyInstanceUid"), d.studyInstanceUid},
        {QStringLiteral("studyDate"), date(d.studyDate)},
        {QStringLiteral("studyTime"), time(d.studyTime)},
        {QStringLiteral("studyDescription"), d.studyDescription},
        {QStringLiteral("accessionNumber"), d.accessionNumber},
        {QStringLiteral("referringPhysician"), d.referringPhysician.toDicom()},
        {QStringLiteral("studyId"), d.studyId},
        {QStringLiteral("modality"), d.modality},
        {QStringLiteral("seriesDescription"), d.seriesDescription},
        {QStringLiteral("seriesNumber"), d.seriesNumber},
        {QStringLiteral("institutionName"), d.institutionName},
        {QStringLiteral("stationName"), d.stationName},
        {QStringLiteral("extra"), extra},
        {QStringLiteral("requests"), requests},
    };
}

StudyData studyDataFromJson(const QJsonObject &j)
{
    auto text = [&](const char *key) { return j.value(QLatin1String(key)).toString(); };
    StudyData d;
    d.patientName = PersonName::fromDicom(text("patientName"));
    d.patientId = text("patientId");
    d.issuerOfPatientId = text("issuerOfPatientId");
    d.birthDate = QDate::fromString(text("birthDate"), Qt::ISODate);
    d.sex = text("sex");
    d.studyInstanceUid = text("studyInstanceUid");
    d.studyDate = QDate::fromString(text("studyDate"), Qt::ISODate);
    d.studyTime = QTime::fromString(text("studyTime"), QStringLiteral("HH:mm:ss.zzz"));
    d.studyDescription = text("studyDescription");
    d.accessionNumber = text("accessionNumber");
    d.referringPhysician = PersonName::fromDicom(text("referringPhysician"));
    d.studyId = text("studyId");
    d.modality = text("modality");
    d.seriesDescription = text("seriesDescription");
    d.seriesNumber = j.value(QLatin1String("seriesNumber")).toInt();
    d.institutionName = text("institutionName");
    d.stationName = text("stationName");
    const QJsonObject extra = j.value(QLatin1String("extra")).toObject();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        d.extra.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : j.value(QLatin1String("requests")).toArray()) {
        const QJsonObject r = v.toObject();
        d.requests.append({r.value(QLatin1String("accessionNumber")).toString(), r.value(QLatin1String("requestedProcedureId")).toString(),
                           r.value(QLatin1String("requestedProcedureDescription")).toString(),
                           r.value(QLatin1String("scheduledStepId")).toString(), r.value(QLatin1String("scheduledStepDescription")).toString()});
    }
    return d;
}

} // namespace pacsdrop
