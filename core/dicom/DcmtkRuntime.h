#pragma once
// DCMTK's process-wide state, set up once — by the commands' module or a test's main, or for the
// window when the pipeline first loads (pipeline/PipelineModule.h) — and torn down at exit: the
// data dictionary (checked on demand, with a clear error), DCMTK's logger routed into PacsDrop's
// log, and the decoders if something loaded them (dicom/Decoders.h).
// Construct before any worker thread uses DCMTK; destroy after they have finished.

#include <QString>
#include <QStringList>

namespace pacsdrop {

class DcmtkRuntime final {
public:
    DcmtkRuntime();
    ~DcmtkRuntime();
    DcmtkRuntime(const DcmtkRuntime &) = delete;
    DcmtkRuntime &operator=(const DcmtkRuntime &) = delete;

    // Empty when usable; otherwise what is wrong (e.g. the data dictionary is missing). The
    // dictionary is loaded by the first call (or the first DCMTK use), not by the constructor.
    QString problem() const;
};

// The last DCMTK messages logged on the calling thread (any level), oldest first. DCMTK reports
// some diagnostics, like the reason an association was rejected, only in its log; this is how
// PacsDrop shows them to people. May contain peer data; never log it at the default level.
QStringList recentDcmtkMessages();
void clearRecentDcmtkMessages();

} // namespace pacsdrop
