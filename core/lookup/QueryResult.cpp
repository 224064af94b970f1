#include "lookup/QueryResult.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcitem.h"

namespace pacsdrop {

namespace {

// Trimmed: PACS such as Orthanc pad odd-length values with a space or NUL.
QString text(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str()).trimmed();
}

int number(DcmItem &item, const DcmTagKey &tag)
{
    bool ok = false;
    const int n = text(item, tag).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

QueryResult queryResultFrom(DcmItem &r)
{
    QueryResult q;
    q.level = text(r, DCM_QueryRetrieveLevel);
    q.patientName = text(r, DCM_PatientName);
    q.patientId = text(r, DCM_PatientID);
    q.issuerOfPatientId = text(r, DCM_IssuerOfPatientID);
    q.patientBirthDate = text(r, DCM_PatientBirthDate);
    q.patientSex = text(r, DCM_PatientSex);
    q.studyInstanceUid = text(r, DCM_StudyInstanceUID);
    q.studyDate = text(r, DCM_StudyDate);
    q.studyTime = text(r, DCM_StudyTime);
    q.accessionNumber = text(r, DCM_AccessionNumber);
    q.studyId = text(r, DCM_StudyID);
    q.studyDescription = text(r, DCM_StudyDescription);
    q.modalitiesInStudy = text(r, DCM_ModalitiesInStudy);
    q.referringPhysicianName = text(r, DCM_ReferringPhysicianName);
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
