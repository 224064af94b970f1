#include "lookup/QueryResult.h"

#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcitem.h"

namespace pacsdrop {

namespace {

int number(DcmItem &item, const DcmTagKey &tag)
{
    bool ok = false;
    const int n = textOf(item, tag).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

QueryResult queryResultFrom(DcmItem &r)
{
    QueryResult q;
    q.level = textOf(r, DCM_QueryRetrieveLevel);
    q.patientName = textOf(r, DCM_PatientName);
    q.patientId = textOf(r, DCM_PatientID);
    q.issuerOfPatientId = textOf(r, DCM_IssuerOfPatientID);
    q.patientBirthDate = textOf(r, DCM_PatientBirthDate);
    q.patientSex = textOf(r, DCM_PatientSex);
    q.studyInstanceUid = textOf(r, DCM_StudyInstanceUID);
    q.studyDate = textOf(r, DCM_StudyDate);
    q.studyTime = textOf(r, DCM_StudyTime);
    q.accessionNumber = textOf(r, DCM_AccessionNumber);
    q.studyId = textOf(r, DCM_StudyID);
    q.studyDescription = textOf(r, DCM_StudyDescription);
    q.modalitiesInStudy = textOf(r, DCM_ModalitiesInStudy);
    q.referringPhysicianName = textOf(r, DCM_ReferringPhysicianName);
    q.relatedStudies = number(r, DCM_NumberOfPatientRelatedStudies);
    q.relatedInstances = number(r, DCM_NumberOfStudyRelatedInstances);
    return q;
}

QJsonObject QueryResult::toJson() const
{
    QJsonObject o{{QStringLiteral("level"), level},
                  {QStringLiteral("patientName"), patientName},
                  {QStringLiteral("patientId"), patientId},
                  {QStringLiteral("issuerOfPatientId"), issuerOfPatientId},
                  {QStringLiteral("patientBirthDate"), patientBirthDate},
                  {QStringLiteral("patientSex"), patientSex}};
    if (level == QLatin1String("PATIENT")) {
        if (relatedStudies >= 0)
            o.insert(QStringLiteral("relatedStudies"), relatedStudies);
        return o;
    }
    o.insert(QStringLiteral("studyInstanceUid"), studyInstanceUid);
    o.insert(QStringLiteral("studyDate"), studyDate);
    o.insert(QStringLiteral("studyTime"), studyTime);
    o.insert(QStringLiteral("accessionNumber"), accessionNumber);
    o.insert(QStringLiteral("studyId"), studyId);
    o.insert(QStringLiteral("studyDescription"), studyDescription);
    o.insert(QStringLiteral("modalitiesInStudy"), modalitiesInStudy);
    o.insert(QStringLiteral("referringPhysicianName"), referringPhysicianName);
    if (relatedInstances >= 0)
        o.insert(QStringLiteral("relatedInstances"), relatedInstances);
    return o;
}

} // namespace pacsdrop
