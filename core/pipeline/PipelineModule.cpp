#include "pipeline/PipelineModule.h"

#include "common/ModuleLoader.h"

namespace pacsdrop {

namespace {

std::atomic<bool> g_runtimeWanted{false};
std::atomic<bool> g_runtimeStarted{false};

} // namespace

Result<const PipelineFunctions *> pipelineFunctions()
{
    static const Result<const PipelineFunctions *> table = []() -> Result<const PipelineFunctions *> {
        const auto loaded = moduleTable(QStringLiteral("libpacsdrop_core"), "pacsdrop_pipeline_functions",
                                        static_cast<int>(sizeof(PipelineFunctions)), QStringLiteral("DICOM support"));
        if (!loaded)
            return std::unexpected(loaded.error());
        const auto *functions = static_cast<const PipelineFunctions *>(*loaded);
        // Before anything of the pipeline runs: DCMTK's state is set up first (dicom/DcmtkRuntime.h).
        if (g_runtimeWanted.load()) {
            functions->startDcmtk();
            g_runtimeStarted = true;
        }
        return functions;
    }();
    return table;
}

PipelineRuntime::PipelineRuntime() { g_runtimeWanted = true; }

PipelineRuntime::~PipelineRuntime()
{
    if (g_runtimeStarted.exchange(false))
        (*pipelineFunctions())->stopDcmtk();
    g_runtimeWanted = false;
}

} // namespace pacsdrop
