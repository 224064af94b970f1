#pragma once
// The window's patient search (ui/PatientSearchDialog.h): a worklist or a study query on one
// device, each answer handed over as it arrives. The identifiers and answers are DCMTK datasets;
// they stay on this side, and the window reaches this through the pipeline table.

#include "common/Error.h"
#include "lookup/FindScu.h"
#include "lookup/QueryRequest.h"
#include "lookup/QueryResult.h"
#include "lookup/WorklistItem.h"
#include "lookup/WorklistQuery.h"
#include "settings/LookupDevice.h"
#include "settings/Settings.h"

#include <atomic>
#include <functional>

namespace pacsdrop {

struct PatientSearch {
    bool worklist = true;
    WorklistCriteria worklistCriteria; // a worklist search
    QueryCriteria studyCriteria;       // otherwise: a study on a PACS (Study Root, STUDY level)
    int maxResults = 500;
    const std::atomic_bool *stop = nullptr; // set from another thread: C-CANCEL
};

struct PatientSearchAnswers {
    std::function<void(const WorklistItem &)> worklistItem;
    std::function<void(const QueryResult &)> study;
};

// Blocking; answers arrive on the calling thread. problem: why some answers could not be read
// (the others are handed over).
Result<FindSummary> searchPatients(const Settings &settings, const LookupDevice &device, const PatientSearch &search,
                                   const PatientSearchAnswers &answers, QString &problem);

} // namespace pacsdrop
