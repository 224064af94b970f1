#pragma once
// One scheduled procedure step from the Modality Worklist, in Unicode: what the user picks from,
// and everything IHE Scheduled Workflow copies into the objects made for it.

#include "common/Error.h"

#include <QJsonObject>
#include <QString>

class DcmItem;

namespace pacsdrop {

struct WorklistItem {
    QString patientName;          // DICOM PN form, Unicode
    QString patientId;
    QString issuerOfPatientId;
    QString patientBirthDate;     // YYYYMMDD
    QString patientSex;
    QString accessionNumber;
    QString referringPhysicianName;
    QString requestedProcedureId;
    QString requestedProcedureDescription;
    QString studyInstanceUid;
    QString scheduledStepId;
    QString scheduledStepDescription;
    QString scheduledStartDate;   // YYYYMMDD
    QString scheduledStartTime;
    QString modality;
    QString scheduledStationAeTitle;
    QString scheduledPerformingPhysicianName;

    QJsonObject toJson() const;
};

// From a response already in Unicode (responseToUnicode).
WorklistItem worklistItemFrom(DcmItem &response);

} // namespace pacsdrop
