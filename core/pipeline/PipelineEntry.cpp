// The core's entry: the table of what the window calls in the pipeline (pipeline/PipelineModule.h).
#include "pipeline/PipelineModule.h"

#include "delivery/OutboxRunner.h"
#include "dicom/DcmtkRuntime.h"
#include "inbound/StoreListener.h"
#include "intake/Intake.h"
#include "net/Target.h"

#include <optional>

namespace pacsdrop {

namespace {

std::optional<DcmtkRuntime> g_dcmtk;

void startDcmtk() { g_dcmtk.emplace(); }
void stopDcmtk() { g_dcmtk.reset(); }

Result<std::shared_ptr<void>> startListener(const InboundListener &rule)
{
    auto listener = std::make_shared<StoreListener>(rule);
    if (auto started = listener->start(); !started)
        return std::unexpected(started.error());
    return std::shared_ptr<void>(std::move(listener));
}

QList<IntakeItem> collect(const QStringList &paths, const QSet<QString> &setAside) { return collectItems(paths, setAside); }

const PipelineFunctions kTable{sizeof(PipelineFunctions), &startDcmtk, &stopDcmtk, &dictionaryHasKeyword, &collect, &classifyInput,
                               &sendBatch, &retryEntries, &deliverPending, &startListener, &echo, &callingAeTitle, &runRetention,
                               &searchPatients, &studyDataFromWorklist, &studyDataFromStudy};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::PipelineFunctions *pacsdrop_pipeline_functions() { return &pacsdrop::kTable; }
