#include "lookup/QueryRequest.h"

#include "lookup/IdentifierKeys.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcuid.h"

namespace pacsdrop {

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
    putCharacterSetFor(*ds, {c.patientName, c.patientId, c.studyDescription, c.accessionNumber});
    const bool study = c.level == QueryLevel::Study;
    ds->putAndInsertString(DCM_QueryRetrieveLevel, study ? "STUDY" : "PATIENT");
    // Patient attributes: matching keys at PATIENT level, and (Study Root) at STUDY level too.
    putKey(*ds, DCM_PatientName, c.patientName);
    putKey(*ds, DCM_PatientID, c.patientId);
    putKey(*ds, DCM_IssuerOfPatientID);
    putKey(*ds, DCM_PatientBirthDate, c.patientBirthDate);
    putKey(*ds, DCM_PatientSex);
    if (!study) {
        putKey(*ds, DCM_NumberOfPatientRelatedStudies);
        return ds;
    }
    putKey(*ds, DCM_StudyInstanceUID, c.studyInstanceUid);
    putKey(*ds, DCM_StudyDate, dicomDateRange(c.studyDateFrom, c.studyDateTo));
    putKey(*ds, DCM_StudyTime);
    putKey(*ds, DCM_AccessionNumber, c.accessionNumber);
    putKey(*ds, DCM_StudyID);
    putKey(*ds, DCM_StudyDescription, c.studyDescription);
    putKey(*ds, DCM_ModalitiesInStudy, c.modality);
    putKey(*ds, DCM_ReferringPhysicianName);
    putKey(*ds, DCM_NumberOfStudyRelatedSeries);
    putKey(*ds, DCM_NumberOfStudyRelatedInstances);
    return ds;
}

} // namespace pacsdrop
