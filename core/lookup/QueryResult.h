#pragma once
// One patient or study found on a PACS, in Unicode: what the user picks to attach new series to.

#include <QJsonObject>
#include <QString>

class DcmItem;

namespace pacsdrop {

struct QueryResult {
    QString level;                 // "PATIENT" or "STUDY"
    QString patientName;
    QString patientId;
    QString issuerOfPatientId;
    QString patientBirthDate;
    QString patientSex;
    // study level
    QString studyInstanceUid;
    QString studyDate;
    QString studyTime;
    QString accessionNumber;
    QString studyId;
    QString studyDescription;
    QString modalitiesInStudy;     // "CT\\MR"
    QString referringPhysicianName;
    int relatedStudies = -1;       // PATIENT level, when the PACS says
    int relatedInstances = -1;     // STUDY level, when the PACS says

    QJsonObject toJson() const;
};

// From a response already in Unicode (datasetToUnicode).
QueryResult queryResultFrom(DcmItem &response);

} // namespace pacsdrop
