#pragma once
// What the user searches a PACS by (Query/Retrieve C-FIND, PS3.4 Annex C), at PATIENT or STUDY
// level under the Patient Root or Study Root model, and the identifier that asks for it, with the
// hierarchical rule checked: a STUDY-level query under the Patient Root carries one Patient ID.

#include "common/Error.h"
#include "settings/LookupDevice.h"

#include <QDate>
#include <QString>

#include <memory>

class DcmDataset;

namespace pacsdrop {

struct QueryCriteria {
    QueryRoot root = QueryRoot::Study;
    QueryLevel level = QueryLevel::Study;
    QString patientName;        // "*" and "?" allowed
    QString patientId;
    QString patientBirthDate;   // YYYYMMDD
    QString accessionNumber;    // study level
    QDate studyDateFrom;        // study level; both invalid: any date
    QDate studyDateTo;
    QString modality;           // study level: Modalities in Study
    QString studyDescription;   // study level
    QString studyInstanceUid;   // study level
};

// The SOP class of the model (Patient Root or Study Root FIND).
const char *querySopClass(QueryRoot root);

// The identifier, or why the criteria cannot be asked (Study Root has no PATIENT level; a
// Patient Root STUDY query needs exactly one Patient ID).
Result<std::unique_ptr<DcmDataset>> queryIdentifier(const QueryCriteria &criteria);

} // namespace pacsdrop
