#include "cli/LookupRun.h"

#include "cli/Cancellation.h"
#include "cli/Commands.h"
#include "lookup/FindScu.h"
#include "net/Target.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace pacsdrop::cli {

int runLookup(const CliContext &context, const LookupDevice &source, const LookupRun &run,
              const std::function<QJsonObject(DcmDataset &, QString &line)> &describe)
{
    QTextStream err(stderr);
    const Device &device = source.connection;
    // Ctrl+C sends a C-CANCEL; what arrived so far is still shown.
    const FindRequest request{run.sopClassUid, run.identifier, run.maxResults, &installCancelOnSignal()};
    QJsonArray results;
    QString decodeProblem;
    auto summary = runFindInUnicode(device, callingAeTitle(context.settings, device), request, run.fallbackCharacterSet,
                                    [&](DcmDataset &response) {
                                        QString line;
                                        results.append(describe(response, line));
                                        if (!run.json) // as each one arrives
                                            std::printf("%s\n", qPrintable(line));
                                    },
                                    decodeProblem);
    if (!summary) {
        err << run.command << ' ' << device.address() << ": FAILED: " << summary.error().message << Qt::endl;
        return ExitFailures;
    }
    if (run.json)
        std::printf("%s\n", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    err << run.command << ' ' << device.address() << ": " << summary->results << " found";
    if (summary->truncated)
        err << " — more results than shown (--max " << run.maxResults << "); narrow the search";
    if (summary->cancelled)
        err << " — stopped";
    err << Qt::endl;
    if (!decodeProblem.isEmpty()) {
        err << run.command << ": some answers could not be read: " << decodeProblem << Qt::endl;
        return ExitFailures;
    }
    return ExitOk;
}

} // namespace pacsdrop::cli
