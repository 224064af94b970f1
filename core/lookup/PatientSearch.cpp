#include "lookup/PatientSearch.h"

#include "net/Target.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcuid.h"

namespace pacsdrop {

Result<FindSummary> searchPatients(const Settings &settings, const LookupDevice &device, const PatientSearch &search,
                                   const PatientSearchAnswers &answers, QString &problem)
{
    std::unique_ptr<DcmDataset> identifier;
    if (search.worklist) {
        identifier = worklistIdentifier(search.worklistCriteria);
    } else {
        auto made = queryIdentifier(search.studyCriteria);
        if (!made)
            return std::unexpected(made.error());
        identifier = std::move(*made);
    }
    const FindRequest request{search.worklist ? UID_FINDModalityWorklistInformationModel : querySopClass(QueryRoot::Study),
                              identifier.get(), search.maxResults, search.stop};
    const QString callingAe = callingAeTitle(settings, device.connection);
    return runFindInUnicode(device.connection, callingAe, request, device.fallbackCharacterSet, [&](DcmDataset &response) {
        if (search.worklist)
            answers.worklistItem(worklistItemFrom(response));
        else
            answers.study(queryResultFrom(response));
    }, problem);
}

} // namespace pacsdrop
