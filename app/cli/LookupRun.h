#pragma once
// The part the worklist and query commands share: one C-FIND with a cap and Ctrl+C as C-CANCEL,
// each answer decoded to Unicode and printed as it arrives (or collected into a JSON array),
// and a last line that says how many, and whether more were left out.

#include "cli/CliContext.h"
#include "settings/LookupDevice.h"

#include <QJsonObject>

#include <functional>

class DcmDataset;

namespace pacsdrop::cli {

struct LookupRun {
    QString command;        // "worklist" or "query", for messages
    const char *sopClassUid = nullptr;
    DcmDataset *identifier = nullptr;
    int maxResults = 500;
    QString fallbackCharacterSet;
    bool json = false;
};

// describe: one answer (already Unicode) as a JSON object, and its one-line form.
int runLookup(const CliContext &context, const LookupDevice &source, const LookupRun &run,
              const std::function<QJsonObject(DcmDataset &, QString &line)> &describe);

} // namespace pacsdrop::cli
