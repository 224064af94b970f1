#include "lookup/WorklistItem.h"

#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcitem.h"

namespace pacsdrop {

WorklistItem worklistItemFrom(DcmItem &r)
{
    WorklistItem w;
    w.patientName = textOf(r, DCM_PatientName);
    w.patientId = textOf(r, DCM_PatientID);
    w.issuerOfPatientId = textOf(r, DCM_IssuerOfPatientID);
    w.patientBirthDate = textOf(r, DCM_PatientBirthDate);
    w.patientSex = textOf(r, DCM_PatientSex);
    w.accessionNumber = textOf(r, DCM_AccessionNumber);
    w.referringPhysicianName = textOf(r, DCM_ReferringPhysicianName);
    w.requestedProcedureId = textOf(r, DCM_RequestedProcedureID);
    w.requestedProcedureDescription = textOf(r, DCM_RequestedProcedureDescription);
    w.studyInstanceUid = textOf(r, DCM_StudyInstanceUID);
    DcmItem *step = nullptr;
    if (r.findAndGetSequenceItem(DCM_ScheduledProcedureStepSequence, step, 0).good() && step) {
        w.scheduledStepId = textOf(*step, DCM_ScheduledProcedureStepID);
        w.scheduledStepDescription = textOf(*step, DCM_ScheduledProcedureStepDescription);
        w.scheduledStartDate = textOf(*step, DCM_ScheduledProcedureStepStartDate);
        w.scheduledStartTime = textOf(*step, DCM_ScheduledProcedureStepStartTime);
        w.modality = textOf(*step, DCM_Modality);
        w.scheduledStationAeTitle = textOf(*step, DCM_ScheduledStationAETitle);
        w.scheduledPerformingPhysicianName = textOf(*step, DCM_ScheduledPerformingPhysicianName);
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
