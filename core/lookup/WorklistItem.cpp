#include "lookup/WorklistItem.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcitem.h"

namespace pacsdrop {

namespace {

QString text(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str()).trimmed();
}

} // namespace

WorklistItem worklistItemFrom(DcmItem &r)
{
    WorklistItem w;
    w.patientName = text(r, DCM_PatientName);
    w.patientId = text(r, DCM_PatientID);
    w.issuerOfPatientId = text(r, DCM_IssuerOfPatientID);
    w.patientBirthDate = text(r, DCM_PatientBirthDate);
    w.patientSex = text(r, DCM_PatientSex);
    w.accessionNumber = text(r, DCM_AccessionNumber);
    w.referringPhysicianName = text(r, DCM_ReferringPhysicianName);
    w.requestedProcedureId = text(r, DCM_RequestedProcedureID);
    w.requestedProcedureDescription = text(r, DCM_RequestedProcedureDescription);
    w.studyInstanceUid = text(r, DCM_StudyInstanceUID);
    DcmItem *step = nullptr;
    if (r.findAndGetSequenceItem(DCM_ScheduledProcedureStepSequence, step, 0).good() && step) {
        w.scheduledStepId = text(*step, DCM_ScheduledProcedureStepID);
        w.scheduledStepDescription = text(*step, DCM_ScheduledProcedureStepDescription);
        w.scheduledStartDate = text(*step, DCM_ScheduledProcedureStepStartDate);
        w.scheduledStartTime = text(*step, DCM_ScheduledProcedureStepStartTime);
        w.modality = text(*step, DCM_Modality);
        w.scheduledStationAeTitle = text(*step, DCM_ScheduledStationAETitle);
        w.scheduledPerformingPhysicianName = text(*step, DCM_ScheduledPerformingPhysicianName);
    }
    return w;
}

QJsonObject WorklistItem::toJson() const
{
    return {{QStringLiteral("patientName"), patientName},
            {QStringLiteral("patientId"), patientId},
            {QStringLiteral("issuerOfPatientId"), issuerOfPatientId},
            {QStringLiteral("patientBirthDate"), patientBirthDate},
            {QStringLiteral("patientSex"), patientSex},
            {QStringLiteral("accessionNumber"), accessionNumber},
            {QStringLiteral("referringPhysicianName"), referringPhysicianName},
            {QStringLiteral("requestedProcedureId"), requestedProcedureId},
            {QStringLiteral("requestedProcedureDescription"), requestedProcedureDescription},
            {QStringLiteral("studyInstanceUid"), studyInstanceUid},
            {QStringLiteral("scheduledStepId"), scheduledStepId},
            {QStringLiteral("scheduledStepDescription"), scheduledStepDescription},
            {QStringLiteral("scheduledStartDate"), scheduledStartDate},
            {QStringLiteral("scheduledStartTime"), scheduledStartTime},
            {QStringLiteral("modality"), modality},
            {QStringLiteral("scheduledStationAeTitle"), scheduledStationAeTitle},
            {QStringLiteral("scheduledPerformingPhysicianName"), scheduledPerformingPhysicianName}};
}

} // namespace pacsdrop
