#include "lookup/WorklistQuery.h"

#include "lookup/IdentifierKeys.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcsequen.h"

namespace pacsdrop {

std::unique_ptr<DcmDataset> worklistIdentifier(const WorklistCriteria &c)
{
    auto ds = std::make_unique<DcmDataset>();
    putCharacterSetFor(*ds, {c.patientName, c.patientId, c.accessionNumber});
    // Patient (matching: name, ID; the rest are return keys)
    putKey(*ds, DCM_PatientName, c.patientName);
    putKey(*ds, DCM_PatientID, c.patientId);
    putKey(*ds, DCM_IssuerOfPatientID);
    putKey(*ds, DCM_PatientBirthDate);
    putKey(*ds, DCM_PatientSex);
    // Imaging service request and requested procedure
    putKey(*ds, DCM_AccessionNumber, c.accessionNumber);
    putKey(*ds, DCM_ReferringPhysicianName);
    putKey(*ds, DCM_RequestedProcedureID);
    putKey(*ds, DCM_RequestedProcedureDescription);
    putKey(*ds, DCM_StudyInstanceUID);
    ds->insertEmptyElement(DCM_RequestedProcedureCodeSequence);
    // One Scheduled Procedure Step item carries the step's matching and return keys.
    DcmItem *step = nullptr;
    ds->findOrCreateSequenceItem(DCM_ScheduledProcedureStepSequence, step);
    if (step) {
        putKey(*step, DCM_ScheduledStationAETitle, c.stationAeTitle);
        putKey(*step, DCM_ScheduledProcedureStepStartDate, dicomDateRange(c.dateFrom, c.dateTo));
        putKey(*step, DCM_ScheduledProcedureStepStartTime);
        putKey(*step, DCM_Modality, c.modality);
        putKey(*step, DCM_ScheduledPerformingPhysicianName);
        putKey(*step, DCM_ScheduledProcedureStepDescription);
        putKey(*step, DCM_ScheduledProcedureStepID);
        putKey(*step, DCM_ScheduledStationName);
    }
    return ds;
}

} // namespace pacsdrop
