#include "lookup/QueryRequest.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcuid.h"

namespace pacsdrop {

namespace {

void put(DcmItem &item, const DcmTagKey &tag, const QString &value = {})
{
    item.putAndInsertString(tag, value.toUtf8().constData());
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return false;
    }
    return true;
}

QString dateRange(const QDate &from, const QDate &to)
{
    auto day = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString(); };
    if (!from.isValid() && !to.isValid())
        return {};
    return from == to ? day(from) : day(from) + u'-' + day(to);
}

} // namespace

const char *querySopClass(QueryRoot root)
{
    return root == QueryRoot::Patient ? UID_FINDPatientRootQueryRetrieveInformationModel
                                      : UID_FINDStudyRootQueryRetrieveInformationModel;
}

Result<std::unique_ptr<DcmDataset>> queryIdentifier(const QueryCriteria &c)
{
    if (c.root == QueryRoot::Study && c.level == QueryLevel::Patient)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the Study Root model has no PATIENT level; use --root patient"));
    if (c.root == QueryRoot::Patient && c.level == QueryLevel::Study
        && (c.patientId.isEmpty() || c.patientId.contains(u'*') || c.patientId.contains(u'?') || c.patientId.contains(u'\\')))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a STUDY-level query under the Patient Root needs one exact patient ID (PS3.4 C.4.1.2.2); "
                                   "give --patient-id, or use --root study"));
    auto ds = std::make_unique<DcmDataset>();
    const bool unicode = !isAscii(c.patientName) || !isAscii(c.patientId) || !isAscii(c.studyDescription) || !isAscii(c.accessionNumber);
    if (unicode)
        ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    else
        ds->insertEmptyElement(DCM_SpecificCharacterSet);
    const bool study = c.level == QueryLevel::Study;
    ds->putAndInsertString(DCM_QueryRetrieveLevel, study ? "STUDY" : "PATIENT");
    // Patient attributes: matching keys at PATIENT level, and (Study Root) at STUDY level too.
    put(*ds, DCM_PatientName, c.patientName);
    put(*ds, DCM_PatientID, c.patientId);
    put(*ds, DCM_IssuerOfPatientID);
    put(*ds, DCM_PatientBirthDate, c.patientBirthDate);
    put(*ds, DCM_PatientSex);
    if (!study) {
        put(*ds, DCM_NumberOfPatientRelatedStudies);
        return ds;
    }
    put(*ds, DCM_StudyInstanceUID, c.studyInstanceUid);
    put(*ds, DCM_StudyDate, dateRange(c.studyDateFrom, c.studyDateTo));
    put(*ds, DCM_StudyTime);
    put(*ds, DCM_AccessionNumber, c.accessionNumber);
    put(*ds, DCM_StudyID);
    put(*ds, DCM_StudyDescription, c.studyDescription);
    put(*ds, DCM_ModalitiesInStudy, c.modality);
    put(*ds, DCM_ReferringPhysicianName);
    put(*ds, DCM_NumberOfStudyRelatedSeries);
    put(*ds, DCM_NumberOfStudyRelatedInstances);
    return ds;
}

} // namespace pacsdrop
