#include "lookup/StudyFromLookup.h"

#include "lookup/FindScu.h"
#include "lookup/QueryRequest.h"
#include "lookup/WorklistQuery.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcuid.h"

namespace pacsdrop {

namespace {

QDate dicomDate(const QString &text) { return QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")); }

QTime dicomTime(const QString &text)
{
    const QString t = text.left(6);
    return QTime::fromString(t, t.size() == 6 ? QStringLiteral("HHmmss") : t.size() == 4 ? QStringLiteral("HHmm") : QStringLiteral("HH"));
}

void copyPatient(StudyData &data, const QString &name, const QString &id, const QString &issuer, const QString &birthDate, const QString &sex)
{
    data.patientName = PersonName::fromDicom(name);
    data.patientId = id;
    data.issuerOfPatientId = issuer;
    data.birthDate = dicomDate(birthDate);
    data.sex = sex;
}

QString comparableName(QString name)
{
    name = name.section(u'=', 0, 0).trimmed().toUpper(); // the alphabetic group, case ignored
    while (name.endsWith(u'^'))
        name.chop(1);
    return name;
}

} // namespace

Result<StudyData> studyDataFromWorklist(const QList<WorklistItem> &steps, StudyData data)
{
    if (steps.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no scheduled step chosen"));
    const WorklistItem &first = steps.first();
    for (const WorklistItem &s : steps) {
        if (s.patientId != first.patientId || s.studyInstanceUid != first.studyInstanceUid)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("the scheduled steps found are for different patients or studies; choose one (%1 found)").arg(steps.size()));
    }
    copyPatient(data, first.patientName, first.patientId, first.issuerOfPatientId, first.patientBirthDate, first.patientSex);
    data.studyInstanceUid = first.studyInstanceUid; // the RIS's: images and report meet in one study
    data.accessionNumber = first.accessionNumber;
    data.referringPhysician = PersonName::fromDicom(first.referringPhysicianName);
    if (data.studyDescription.isEmpty())
        data.studyDescription = first.requestedProcedureDescription;
    data.requests.clear();
    for (const WorklistItem &s : steps)
        data.requests.append({s.accessionNumber, s.requestedProcedureId, s.requestedProcedureDescription, s.scheduledStepId,
                              s.scheduledStepDescription});
    if (const QString problem = data.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the worklist item cannot be used as it is: ") + problem);
    return data;
}

StudyData studyDataFromStudy(const QueryResult &study, StudyData data)
{
    copyPatient(data, study.patientName, study.patientId, study.issuerOfPatientId, study.patientBirthDate, study.patientSex);
    data.studyInstanceUid = study.studyInstanceUid;
    // The study exists: its identity is the PACS's, not a new one.
    data.studyDate = dicomDate(study.studyDate);
    data.studyTime = dicomTime(study.studyTime);
    data.accessionNumber = study.accessionNumber;
    data.studyId = study.studyId;
    data.studyDescription = study.studyDescription;
    data.referringPhysician = PersonName::fromDicom(study.referringPhysicianName);
    return data;
}

Result<QList<WorklistItem>> worklistStepsByAccession(const LookupDevice &device, const QString &callingAe, const QString &accession)
{
    WorklistCriteria criteria;
    criteria.accessionNumber = accession;
    const auto identifier = worklistIdentifier(criteria);
    QList<WorklistItem> steps;
    QString problem;
    const FindRequest request{UID_FINDModalityWorklistInformationModel, identifier.get(), 50, nullptr};
    auto summary = runFindInUnicode(device.connection, callingAe, request, device.fallbackCharacterSet,
                                    [&](DcmDataset &response) { steps.append(worklistItemFrom(response)); }, problem);
    if (!summary)
        return std::unexpected(summary.error());
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    // Some worklist servers ignore Accession Number as a matching key (it is optional, PS3.4 K.6-1).
    steps.removeIf([&](const WorklistItem &s) { return s.accessionNumber != accession; });
    if (steps.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("no scheduled step with accession number %1 on %2").arg(accession, device.connection.name));
    return steps;
}

Result<QueryResult> studyByUid(const LookupDevice &device, const QString &callingAe, const QString &studyUid)
{
    QueryCriteria criteria; // Study Root, STUDY level: the study UID is enough
    criteria.studyInstanceUid = studyUid;
    auto identifier = queryIdentifier(criteria);
    if (!identifier)
        return std::unexpected(identifier.error());
    QList<QueryResult> found;
    QString problem;
    const FindRequest request{querySopClass(criteria.root), identifier->get(), 10, nullptr};
    auto summary = runFindInUnicode(device.connection, callingAe, request, device.fallbackCharacterSet,
                                    [&](DcmDataset &response) { found.append(queryResultFrom(response)); }, problem);
    if (!summary)
        return std::unexpected(summary.error());
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    found.removeIf([&](const QueryResult &r) { return r.studyInstanceUid != studyUid; });
    if (found.size() != 1)
        return fail(ErrorCode::InvalidArgument, found.isEmpty() ? QStringLiteral("no study %1 on %2").arg(studyUid, device.connection.name)
                                                                : QStringLiteral("%1 answered %2 studies for one UID").arg(device.connection.name).arg(found.size()));
    return found.first();
}

QStringList demographicMismatches(const StudyData &chosen, const QList<IntakeItem> &items)
{
    QStringList lines;
    const QString name = comparableName(chosen.patientName.toDicom());
    for (const IntakeItem &item : items) {
        if (item.kind != IntakeItem::Kind::Dicom)
            continue;
        const bool otherId = item.dicom.patientId.trimmed() != chosen.patientId;
        const bool otherName = comparableName(item.dicom.patientName) != name;
        if (!otherId && !otherName)
            continue;
        lines << QStringLiteral("%1 is for patient \"%2\" (ID %3), not the chosen \"%4\" (ID %5); it is sent as it is")
                     .arg(item.path, item.dicom.patientName, item.dicom.patientId, chosen.patientName.toDicom(), chosen.patientId);
    }
    return lines;
}

} // namespace pacsdrop
